import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Comment } from "./models/comment"
import { Vote } from "./models/vote"
import type { SpamRules } from "./spam"

export type CommunityModuleOptions = Partial<SpamRules>

class CommunityModuleService extends MedusaService({ Comment, Vote }) {
  readonly rules: SpamRules

  constructor(container: Record<string, unknown>, options: CommunityModuleOptions = {}) {
    super(...arguments)
    this.rules = { blocklist: options.blocklist ?? [], maxLinks: options.maxLinks ?? 2 }
  }

  /** Approved comments and votes per article, for counts and the trending score. */
  @InjectManager()
  async engagementSince(
    since: Date | null,
    articleIds: string[] | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Map<string, { votes: number; comments: number }>> {
    const manager = sharedContext.manager!
    const byArticle = (column: string) =>
      `${articleIds ? `and article_id = any(?)` : ""} ${since ? `and ${column} >= ?` : ""}`
    const params = [...(articleIds ? [articleIds] : []), ...(since ? [since] : [])]
    type Row = { article_id: string; n: string }
    const [votes, comments] = (await Promise.all([
      manager.execute(
        `select article_id, count(*) as n from vote where deleted_at is null ${byArticle("created_at")} group by article_id`,
        params
      ),
      manager.execute(
        `select article_id, count(*) as n from comment where deleted_at is null and status = 'approved' ${byArticle("created_at")} group by article_id`,
        params
      ),
    ])) as unknown as Row[][]
    const result = new Map<string, { votes: number; comments: number }>()
    const entry = (id: string) => result.get(id) ?? result.set(id, { votes: 0, comments: 0 }).get(id)!
    votes.forEach((row) => (entry(row.article_id).votes = Number(row.n)))
    comments.forEach((row) => (entry(row.article_id).comments = Number(row.n)))
    return result
  }
}

export default CommunityModuleService
