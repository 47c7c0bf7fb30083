import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { UniqueConstraintViolationException } from "@medusajs/framework/mikro-orm/core"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import jwt from "jsonwebtoken"
import { FieldError } from "../../lib/field-error"
import { Comment } from "./models/comment"
import { Forum } from "./models/forum"
import { ForumBan } from "./models/forum-ban"
import { ForumFollow } from "./models/forum-follow"
import { ForumPost } from "./models/forum-post"
import { ForumReport } from "./models/forum-report"
import { ForumThread } from "./models/forum-thread"
import { Vote } from "./models/vote"
import type { SpamRules } from "./spam"

export type CommunityModuleOptions = Partial<SpamRules> & {
  /** Signs the unfollow links of forum digests (their own JWT audience). */
  tokenSecret: string
}

// Unfollow links ride in digests a reader may open months later.
const UNFOLLOW_AUDIENCE = "forum-unfollow"
const UNFOLLOW_LINK_LIFETIME = "365d"
const UNFOLLOW_LINK_NOT_VALID = "This link is not valid. Please use the link from your latest email."

/** A follow a digest claimed: posts numbered `from_number` < n ≤ `to_number` go out in one mail. */
export type ClaimedForumFollow = {
  id: string
  customer_id: string
  email: string
  thread_id: string
  from_number: number
  to_number: number
  /** As they were before the claim, to give it back when the mail cannot go out. */
  previous_notified_at: Date | null
}

/** What readers see of a comment: never its email, client or moderation details. */
export const PUBLIC_COMMENT_FIELDS = ["id", "parent_id", "author_name", "body", "created_at"] as const
export type PublicComment = { id: string; parent_id: string | null; author_name: string; body: string; created_at: Date }
export type ThreadedComment = PublicComment & { replies: ThreadedComment[] }

/** PostgreSQL's unique_violation, by its code (23505) as the driver reports it, whatever the message's language. */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException || (error as { code?: string })?.code === "23505"
}

class CommunityModuleService extends MedusaService({ Comment, Vote, Forum, ForumThread, ForumPost, ForumReport, ForumFollow, ForumBan }) {
  readonly rules: SpamRules
  protected readonly tokenSecret: string

  constructor(container: Record<string, unknown>, options: CommunityModuleOptions) {
    super(...arguments)
    if (!options?.tokenSecret) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The community module needs a tokenSecret option")
    }
    this.rules = { blocklist: options.blocklist ?? [], maxLinks: options.maxLinks ?? 2 }
    this.tokenSecret = options.tokenSecret
  }

  /**
   * Approved comments of an article as a thread, oldest first. Pagination is over top-level comments;
   * each carries all its approved replies, nested under their parent. `count` is of top-level comments,
   * `total` of all approved ones.
   */
  @InjectManager()
  async listThread(
    articleId: string,
    { limit, offset }: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ comments: ThreadedComment[]; count: number; total: number }> {
    const approved = { article_id: articleId, status: "approved" as const }
    const [roots, count] = await this.listAndCountComments(
      { ...approved, parent_id: null },
      { select: [...PUBLIC_COMMENT_FIELDS], order: { created_at: "ASC" }, skip: offset, take: limit },
      sharedContext
    )
    const replies = await this.listComments(
      { ...approved, parent_id: { $ne: null } },
      { select: [...PUBLIC_COMMENT_FIELDS], order: { created_at: "ASC" } },
      sharedContext
    )
    const children = new Map<string, PublicComment[]>()
    for (const reply of replies as PublicComment[]) {
      children.set(reply.parent_id!, [...(children.get(reply.parent_id!) ?? []), reply])
    }
    const withReplies = (comment: PublicComment): ThreadedComment => ({
      ...comment,
      replies: (children.get(comment.id) ?? []).map(withReplies),
    })
    return { comments: (roots as PublicComment[]).map(withReplies), count, total: count + replies.length }
  }

  /**
   * Adds a vote and answers its id. The vote's unique indexes settle races, so they are asked rather
   * than read first: when this voter's vote is already there (a double click got in first) nothing is
   * added and the answer is null; when the voter's client already has another visitor vote for the
   * article today, the vote is refused.
   */
  @InjectManager()
  async addVote(
    vote: { article_id: string; voter_key: string; client_hash: string | null },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string | null> {
    const id = generateEntityId(undefined, "vote")
    try {
      // Inserted by hand: the ORM's create turns the database error into English and drops its code.
      await sharedContext.manager!.execute(
        `insert into vote (id, article_id, voter_key, client_hash) values (?, ?, ?, ?)`,
        [id, vote.article_id, vote.voter_key, vote.client_hash]
      )
      return id
    } catch (error) {
      if (!isUniqueViolation(error)) {
        throw error
      }
    }
    const [mine] = await this.listVotes({ article_id: vote.article_id, voter_key: vote.voter_key }, { select: ["id"] }, sharedContext)
    if (mine) {
      return null
    }
    throw new MedusaError(MedusaError.Types.CONFLICT, "A vote from your connection was already counted for this article today.")
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

  // ------------------------------------------------------------ forums

  /**
   * Shows a post: `approved`, and, the first time it shows, the next number of its thread (taken from
   * the thread's counter in the same transaction, so two approvals never share one). Answers the post's
   * number and whether it showed for the first time (followers are told only then).
   */
  @InjectTransactionManager()
  async approveForumPost(
    postId: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ number: number; first_time: boolean }> {
    const manager = sharedContext.transactionManager!
    const [post] = (await manager.execute(
      `select id, thread_id, number, is_first from forum_post where id = ? and deleted_at is null for update`,
      [postId]
    )) as { id: string; thread_id: string; number: number | null; is_first: boolean }[]
    if (!post) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Forum post ${postId} was not found`)
    }
    let number = post.number
    if (number === null) {
      const [thread] = (await manager.execute(
        `update forum_thread set last_number = last_number + 1, updated_at = now() where id = ? returning last_number`,
        [post.thread_id]
      )) as { last_number: number }[]
      number = thread.last_number
    }
    await manager.execute(`update forum_post set status = 'approved', number = ?, updated_at = now() where id = ?`, [number, postId])
    if (post.is_first) {
      await manager.execute(`update forum_thread set status = 'approved', updated_at = now() where id = ?`, [post.thread_id])
    }
    return { number, first_time: post.number === null }
  }

  /**
   * Recounts one thread from its posts: approved replies, and the latest approved post. A thread's
   * status follows its first post's. Cheap (one thread's rows, by index) and run from events only.
   */
  @InjectTransactionManager()
  async refreshThreadActivity(threadId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.transactionManager!.execute(
      `update forum_thread t set
         reply_count = coalesce(a.replies, 0),
         last_post_id = coalesce(a.last_id, t.last_post_id),
         last_post_at = coalesce(a.last_at, t.created_at),
         last_post_author = coalesce(a.last_author, t.author_name),
         status = coalesce(a.first_status, t.status),
         updated_at = now()
       from (
         select count(*) filter (where status = 'approved' and not is_first) as replies,
                (array_agg(id order by number desc) filter (where status = 'approved'))[1] as last_id,
                (array_agg(created_at order by number desc) filter (where status = 'approved'))[1] as last_at,
                (array_agg(author_name order by number desc) filter (where status = 'approved'))[1] as last_author,
                (array_agg(status) filter (where is_first))[1] as first_status
           from forum_post where thread_id = ? and deleted_at is null
       ) a
       where t.id = ?`,
      [threadId, threadId]
    )
  }

  /** Recounts one forum from its shown threads: threads, posts, and the latest post. */
  @InjectTransactionManager()
  async refreshForumActivity(forumId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.transactionManager!.execute(
      `update forum f set
         thread_count = coalesce(a.threads, 0),
         post_count = coalesce(a.posts, 0),
         last_post_id = a.last_id,
         last_post_at = a.last_at,
         updated_at = now()
       from (
         select count(*) as threads,
                sum(reply_count + 1) as posts,
                (array_agg(last_post_id order by last_post_at desc nulls last))[1] as last_id,
                max(last_post_at) as last_at
           from forum_thread where forum_id = ? and status = 'approved' and deleted_at is null
       ) a
       where f.id = ?`,
      [forumId, forumId]
    )
  }

  /**
   * Claims the follows whose digest is due, so that two workers, or the subscriber and the job, never
   * mail one twice: each follow with approved posts by others above its `notified_number` and no digest
   * within `intervalMinutes` gets `notified_at` now and `notified_number` the highest number it
   * covers, in one statement over rows no one else holds. `threadIds` narrows to some threads.
   */
  @InjectTransactionManager()
  async claimForumDigests(
    { threadIds, intervalMinutes }: { threadIds?: string[]; intervalMinutes: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ClaimedForumFollow[]> {
    if (threadIds && !threadIds.length) {
      return []
    }
    const newPosts = `from forum_post p where p.thread_id = f.thread_id and p.status = 'approved' and p.deleted_at is null and p.number > f.notified_number`
    return (await sharedContext.transactionManager!.execute(
      `with due as (
         select f.id, f.notified_number as from_number, f.notified_at as previous_notified_at, (select max(p.number) ${newPosts}) as to_number
           from forum_follow f
          where f.deleted_at is null
            ${threadIds ? `and f.thread_id in (${threadIds.map(() => "?").join(", ")})` : ""}
            and (f.notified_at is null or f.notified_at < now() - make_interval(mins => ?))
            and exists (select 1 ${newPosts} and p.customer_id <> f.customer_id)
          for update of f skip locked
       )
       update forum_follow f set notified_number = due.to_number, notified_at = now(), updated_at = now()
         from due where f.id = due.id
       returning f.id, f.customer_id, f.email, f.thread_id, due.from_number, due.to_number, due.previous_notified_at`,
      [...(threadIds ?? []), intervalMinutes]
    )) as ClaimedForumFollow[]
  }

  /** Gives claims back when their digests could not go out: they are due again at the next chance. */
  @InjectTransactionManager()
  async releaseForumDigests(claims: ClaimedForumFollow[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    for (const claim of claims) {
      await sharedContext.transactionManager!.execute(
        `update forum_follow set notified_number = ?, notified_at = ?, updated_at = now() where id = ? and notified_number = ?`,
        [claim.from_number, claim.previous_notified_at, claim.id, claim.to_number]
      )
    }
  }

  /** The unfollow link of a digest: names the follow and its thread, so a second click still knows the thread. */
  signForumUnfollowToken(follow: { id: string; thread_id: string }): string {
    return jwt.sign({ sub: follow.id, thread_id: follow.thread_id }, this.tokenSecret, {
      audience: UNFOLLOW_AUDIENCE,
      expiresIn: UNFOLLOW_LINK_LIFETIME,
    })
  }

  /** The follow and thread an unfollow link names; a 400 naming `token` when it is expired or altered. */
  readForumUnfollowToken(token: string): { follow_id: string; thread_id: string } {
    try {
      const claims = jwt.verify(token, this.tokenSecret, { audience: UNFOLLOW_AUDIENCE, algorithms: ["HS256"] })
      if (typeof claims === "object" && typeof claims.sub === "string" && typeof claims.thread_id === "string") {
        return { follow_id: claims.sub, thread_id: claims.thread_id }
      }
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) {
        throw new FieldError({ token: "This link has expired. Please use the link from your latest email." })
      }
    }
    throw new FieldError({ token: UNFOLLOW_LINK_NOT_VALID })
  }

  /** Whether staff banned the customer from the forums. */
  async isBannedFromForums(customerId: string): Promise<boolean> {
    const [ban] = await this.listForumBans({ customer_id: customerId }, { select: ["id"], take: 1 })
    return Boolean(ban)
  }
}

export default CommunityModuleService
