import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
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

  /**
   * Votes for the article, or takes the voter's vote back (a toggle); answers whether the voter now
   * has a vote. A visitor's vote carries its client's hash for the day: when that client already has a
   * visitor vote for the article today under another token (or none), the vote is refused, not added.
   */
  async toggleVote(articleId: string, voterKey: string, clientHash: string | null): Promise<boolean> {
    const mine = async () => (await this.listVotes({ article_id: articleId, voter_key: voterKey }, { select: ["id"] }))[0]
    const existing = await mine()
    if (existing) {
      await this.deleteVotes(existing.id)
      return false
    }
    try {
      await this.createVotes({ article_id: articleId, voter_key: voterKey, client_hash: clientHash })
    } catch (error) {
      if (!/unique|already exists/i.test((error as Error).message)) {
        throw error
      }
      // A double click may have raced us to this voter's vote: then it is there either way.
      if (!(await mine())) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "A vote from your connection was already counted for this article today.")
      }
    }
    return true
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
