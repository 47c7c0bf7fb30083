import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Article } from "./models/article"
import { ArticleView } from "./models/article-view"
import { Author } from "./models/author"
import { Topic } from "./models/topic"
import { publishedFilter } from "./published"

class NewsModuleService extends MedusaService({ Article, ArticleView, Author, Topic }) {
  /** The published article with this handle (its id, handle and title), or NOT_FOUND. */
  @InjectManager()
  async retrievePublishedArticle(handle: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const [article] = await this.listArticles(
      { handle, ...publishedFilter() },
      { select: ["id", "handle", "title"] },
      sharedContext
    )
    if (!article) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Article "${handle}" was not found`)
    }
    return article
  }

  /**
   * Records a view unless this visitor already viewed the article today; keeps the article's
   * `view_count` in step. Returns whether the view counted.
   */
  @InjectManager()
  async recordView(
    articleId: string,
    visitorHash: string,
    day: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const manager = sharedContext.manager!
    const inserted = await manager.execute(
      `insert into article_view (id, article_id, visitor_hash, day, created_at, updated_at)
       values (?, ?, ?, ?, now(), now())
       on conflict (article_id, visitor_hash, day) where deleted_at is null do nothing
       returning id`,
      [`artview_${crypto.randomUUID().replaceAll("-", "")}`, articleId, visitorHash, day]
    )
    if (!inserted.length) {
      return false
    }
    await manager.execute(`update article set view_count = view_count + 1 where id = ?`, [articleId])
    return true
  }

  /** Views per article since a day (YYYY-MM-DD), for the trending score. */
  @InjectManager()
  async countViewsSince(
    day: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Map<string, number>> {
    const rows: { article_id: string; views: string }[] = await sharedContext.manager!.execute(
      `select article_id, count(*) as views from article_view
       where day >= ? and deleted_at is null group by article_id`,
      [day]
    )
    return new Map(rows.map((row) => [row.article_id, Number(row.views)]))
  }

  /**
   * How many articles (any status, not deleted) use each word of their title, summary or body, and how
   * many articles there are: the document frequencies of the suggestions' TF-IDF. Words as
   * PostgreSQL's `simple` parser splits them (lower case, unstemmed).
   */
  @InjectManager()
  async articleWordFrequencies(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ articles: number; frequencies: Map<string, number> }> {
    const manager = sharedContext.manager!
    const [rows, [{ count }]] = await Promise.all([
      manager.execute(
        `select word, ndoc from ts_stat($$select to_tsvector('simple', title || ' ' || summary || ' ' || body)
           from article where deleted_at is null$$)`
      ) as Promise<{ word: string; ndoc: number }[]>,
      manager.execute(`select count(*)::int as count from article where deleted_at is null`) as Promise<{ count: number }[]>,
    ])
    return { articles: count, frequencies: new Map(rows.map((row) => [row.word, Number(row.ndoc)])) }
  }
}

export default NewsModuleService
