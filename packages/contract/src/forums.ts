import { z } from "zod"
import { Handle, Page } from "./fields"
import {
  CONTROL_CHARACTERS,
  CONTROL_CHARACTERS_BUT_LINE_BREAKS,
  FORUM_REPORT_REASONS,
  FORUM_THREADS_PER_PAGE,
  type ForumReportReason,
  MAX_FORUM_POST_LENGTH,
  MAX_FORUM_REPORT_NOTE_LENGTH,
  MAX_FORUM_THREAD_TITLE_LENGTH,
  MIN_FORUM_THREAD_TITLE_LENGTH,
  RECORD_ID_PATTERN,
} from "./limits"

/**
 * Forums: readers' own threads, one forum per health topic. Part of the community domain: a post is
 * strangers' text like a comment, moderated by the same rules (customers only; a customer's first
 * post waits for a moderator, later ones go live).
 */

/**
 * A post's life: `pending` until a moderator decides (first posts of new members), `approved`
 * (shown), `hidden` (three readers reported it; hidden until a moderator decides), `rejected` and
 * `spam` (never shown). A thread's status is its first post's.
 */
export const FORUM_POST_STATUSES = ["pending", "approved", "hidden", "rejected", "spam"] as const
export type ForumPostStatus = (typeof FORUM_POST_STATUSES)[number]


/** Reports from this many different customers hide a post until a moderator decides. */
export const FORUM_REPORTS_TO_HIDE = 3
/** A follower gets at most one digest per thread in this many minutes. */
export const FORUM_DIGEST_INTERVAL_MINUTES = 60

const RecordId = z.string().regex(RECORD_ID_PATTERN, "Not a valid id")

// PostgreSQL refuses NUL in text (a 500 otherwise), and no reader types other control characters.

export const ForumThreadTitle = z
  .string({ error: "Give your thread a title" })
  .trim()
  .min(MIN_FORUM_THREAD_TITLE_LENGTH, `A title needs at least ${MIN_FORUM_THREAD_TITLE_LENGTH} characters`)
  .max(MAX_FORUM_THREAD_TITLE_LENGTH, `A title may be at most ${MAX_FORUM_THREAD_TITLE_LENGTH} characters`)
  .refine((title) => !CONTROL_CHARACTERS.test(title), "A title may not contain control characters")

export const ForumPostText = z
  .string({ error: "Write your post" })
  .trim()
  .min(1, "Write your post")
  .max(MAX_FORUM_POST_LENGTH, `A post may be at most ${MAX_FORUM_POST_LENGTH} characters`)
  .refine((text) => !CONTROL_CHARACTERS_BUT_LINE_BREAKS.test(text), "A post may not contain control characters")

const BotFields = {
  /** Honeypot: hidden from people, filled in by naive bots. */
  website: z.string().max(500).optional(),
  /** When the form was shown (ms since epoch): people take a few seconds to write. */
  started_at: z.number().int().positive().optional(),
}

/** POST /store/forums/:handle/threads: a customer starts a thread (its first post). */
export const CreateForumThreadBody = z
  .object({ title: ForumThreadTitle, body: ForumPostText, follow: z.boolean().default(true), ...BotFields })
  .strict()
export type CreateForumThreadBody = z.input<typeof CreateForumThreadBody>

/** POST /store/forum-threads/:handle/posts: a customer's reply, optionally quoting an approved post of the thread. */
export const CreateForumPostBody = z
  .object({ body: ForumPostText, quote_post_id: RecordId.nullish(), follow: z.boolean().optional(), ...BotFields })
  .strict()
export type CreateForumPostBody = z.input<typeof CreateForumPostBody>

/** POST /store/forum-posts/:id/reports */
export const CreateForumReportBody = z
  .object({
    reason: z.enum(FORUM_REPORT_REASONS, { error: "Choose a reason" }),
    note: z
      .string()
      .trim()
      .max(MAX_FORUM_REPORT_NOTE_LENGTH, `A note may be at most ${MAX_FORUM_REPORT_NOTE_LENGTH} characters`)
      .refine((text) => !CONTROL_CHARACTERS_BUT_LINE_BREAKS.test(text), "A note may not contain control characters")
      .optional(),
  })
  .strict()
export type CreateForumReportBody = z.input<typeof CreateForumReportBody>

/** GET /store/forums/:handle (threads of one page). */
export const ListForumThreadsQuery = z
  .object(Page({ maxLimit: 50, defaultLimit: FORUM_THREADS_PER_PAGE, maxOffset: 100_000 }))
  .strict()

/** GET /store/forum-threads/:handle?page=N: one page of posts (numbers (page-1)*20+1 … page*20). */
export const ForumThreadPageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) }).strict()

/** POST /store/forum-follows/unsubscribe: the signed link of a digest mail. */
export const ForumUnfollowTokenBody = z.object({ token: z.string().min(10).max(2000) }).strict()

// ---------------------------------------------------------------- staff

export const ForumName = z
  .string({ error: "Name the forum" })
  .trim()
  .min(2, "Name the forum")
  .max(80, "A forum name may be at most 80 characters")
  .refine((name) => !CONTROL_CHARACTERS.test(name), "A name may not contain control characters")
export const ForumDescription = z
  .string()
  .trim()
  .max(500, "A description may be at most 500 characters")
  .refine((text) => !CONTROL_CHARACTERS_BUT_LINE_BREAKS.test(text), "A description may not contain control characters")

/** Storefront routes beside `/forums/[forum]`: a forum with one of these handles could not be reached. */
export const RESERVED_FORUM_HANDLES = ["index", "unfollow"] as const
const ForumHandle = Handle(80).refine(
  (handle) => !(RESERVED_FORUM_HANDLES as readonly string[]).includes(handle),
  "This address is used by the storefront: choose another"
)

/** POST /admin/forums */
export const AdminCreateForumBody = z
  .object({ name: ForumName, handle: ForumHandle, description: ForumDescription.default(""), topic_handle: Handle().nullish() })
  .strict()
/** POST /admin/forums/:id: rename, describe, archive or restore. */
export const AdminUpdateForumBody = z
  .object({
    name: ForumName.optional(),
    handle: ForumHandle.optional(),
    description: ForumDescription.optional(),
    topic_handle: Handle().nullish(),
    archived: z.boolean().optional(),
  })
  .strict()
/** POST /admin/forums/order: every forum's id in the new order. */
export const AdminReorderForumsBody = z.object({ ids: z.array(RecordId).min(1).max(200) }).strict()

/** GET /admin/forum-posts: the moderation queue (pending first posts and replies, hidden and reported posts). */
export const AdminListForumPostsQuery = z
  .object({
    status: z.enum(FORUM_POST_STATUSES).optional(),
    /** Only posts with open reports ("false" must mean false: `z.coerce.boolean` reads any text as true). */
    reported: z.stringbool().optional(),
    thread_id: RecordId.optional(),
    ...Page({ maxLimit: 100, defaultLimit: 20 }),
  })
  .strict()
/** POST /admin/forum-posts/:id and /admin/forum-posts/batch: a moderator's decision (clears open reports). */
export const AdminModerateForumPostBody = z.object({ status: z.enum(FORUM_POST_STATUSES) }).strict()
export const AdminModerateForumPostsBody = z
  .object({ ids: z.array(RecordId).min(1).max(100), status: z.enum(FORUM_POST_STATUSES) })
  .strict()

const DeleteReason = z
  .string({ error: "Give a reason" })
  .trim()
  .min(3, "Give a reason")
  .max(500, "A reason may be at most 500 characters")
  .refine((text) => !CONTROL_CHARACTERS_BUT_LINE_BREAKS.test(text), "A reason may not contain control characters")

/** POST /admin/forum-posts/:id/delete and /admin/forum-threads/:id/delete */
export const AdminDeleteForumContentBody = z.object({ reason: DeleteReason }).strict()

/** POST /admin/forum-threads/:id: pin, lock, move to another forum, retitle. */
export const AdminUpdateForumThreadBody = z
  .object({
    pinned: z.boolean().optional(),
    locked: z.boolean().optional(),
    forum_id: RecordId.optional(),
    title: ForumThreadTitle.optional(),
  })
  .strict()

/** GET /admin/forum-bans */
export const AdminListForumBansQuery = z.object(Page({ maxLimit: 100, defaultLimit: 20 })).strict()
/** POST /admin/forum-bans: the customer posts no more; their pending posts go to spam. */
export const AdminCreateForumBanBody = z.object({ customer_id: z.string().regex(/^cus_[A-Za-z0-9]+$/, "Not a customer id"), reason: DeleteReason }).strict()

// ---------------------------------------------------------------- staff: lists and answers of the admin routes

/** GET /admin/forum-threads: one forum's threads (or all), optionally by words of the title. */
export const AdminListForumThreadsQuery = z
  .object({
    forum_id: RecordId.optional(),
    q: z
      .string()
      .trim()
      .max(100, "Search with at most 100 characters")
      .refine((text) => !CONTROL_CHARACTERS.test(text), "A search may not contain control characters")
      .optional(),
    ...Page({ maxLimit: 100, defaultLimit: 20 }),
  })
  .strict()

/** GET /admin/forums: every forum, archived ones too, by rank. */
export type AdminForum = {
  id: string
  handle: string
  name: string
  description: string
  topic_handle: string | null
  rank: number
  archived_at: string | null
  thread_count: number
  post_count: number
  last_post_at: string | null
}
export type AdminForumListResponse = { forums: AdminForum[] }

export type AdminForumThread = {
  id: string
  handle: string
  title: string
  status: ForumPostStatus
  pinned: boolean
  locked: boolean
  author_name: string
  customer_id: string
  reply_count: number
  created_at: string
  last_post_at: string | null
  forum: { id: string; handle: string; name: string }
}
/** GET /admin/forum-threads */
export type AdminForumThreadListResponse = { threads: AdminForumThread[]; count: number; limit: number; offset: number }

/** An open (undecided) report, as the moderation queue shows it. */
export type AdminForumReport = { id: string; customer_id: string; reason: ForumReportReason; note: string | null; created_at: string }

export type AdminForumPost = {
  id: string
  number: number | null
  is_first: boolean
  status: ForumPostStatus
  spam_reason: string | null
  author_name: string
  email: string
  customer_id: string
  body: string
  created_at: string
  open_report_count: number
  reports: AdminForumReport[]
  thread: { id: string; handle: string; title: string; forum: { id: string; handle: string; name: string } }
}
/** GET /admin/forum-posts */
export type AdminForumPostListResponse = { posts: AdminForumPost[]; count: number; limit: number; offset: number }

export type AdminForumBan = { id: string; customer_id: string; reason: string; created_by: string | null; created_at: string }
/** GET /admin/forum-bans */
export type AdminForumBanListResponse = { bans: AdminForumBan[]; count: number; limit: number; offset: number }

// ---------------------------------------------------------------- responses

/** The latest approved post of a forum or thread, as lists show it. */
export type ForumLastPost = {
  id: string
  author_name: string
  created_at: string
  thread: { id: string; handle: string; title: string }
}

export type PublicForum = {
  id: string
  handle: string
  name: string
  description: string
  /** The news topic this forum discusses, when it has one. */
  topic_handle: string | null
  thread_count: number
  post_count: number
  last_post: ForumLastPost | null
}

/** GET /store/forums */
export type ForumListResponse = { forums: PublicForum[] }

export type PublicForumThread = {
  id: string
  handle: string
  title: string
  author_name: string
  pinned: boolean
  locked: boolean
  /** Approved replies (the first post not counted). */
  reply_count: number
  /** The highest post number: pages = ceil(last_number / FORUM_POSTS_PER_PAGE). */
  last_number: number
  created_at: string
  last_post_at: string
  last_post_author: string
}

/** GET /store/forums/:handle */
export type ForumResponse = { forum: PublicForum; threads: PublicForumThread[]; count: number; limit: number; offset: number }

/** A product a post links to, as its small card shows it. */
export type ForumProductMention = { id: string; handle: string; title: string; thumbnail: string | null }

export type PublicForumPost = {
  id: string
  /** Stable position in its thread (1 = the first post): the page a post is on never changes. */
  number: number
  author_name: string
  /** Plain text; the storefront renders it as text with links. */
  body: string
  created_at: string
  /** The approved post this one quotes, when it still shows. */
  quote: { id: string; number: number; author_name: string; body: string } | null
}

/** GET /store/forum-threads/:handle */
export type ForumThreadResponse = {
  thread: PublicForumThread & { forum: { id: string; handle: string; name: string } }
  posts: PublicForumPost[]
  page: number
  pages: number
  /** Products the page's posts link to, by handle. */
  products: Record<string, ForumProductMention>
}

/** POST /store/forums/:handle/threads */
export type CreateForumThreadResponse = {
  thread: { id: string; handle: string; title: string; status: ForumPostStatus; forum_handle: string }
  post: { id: string; status: ForumPostStatus }
}

/** POST /store/forum-threads/:handle/posts */
export type CreateForumPostResponse = {
  post: { id: string; status: ForumPostStatus; number: number | null; page: number | null; body: string; created_at: string }
}

/** GET/POST/DELETE /store/forum-threads/:handle/follow */
export type ForumFollowResponse = { following: boolean }

/** POST /store/forum-follows/unsubscribe: the follow a digest's link named is gone (again, on a second click). */
export type ForumUnfollowResponse = { following: false; thread: { handle: string; title: string } }

/** POST /store/forum-posts/:id/reports */
export type ForumReportResponse = { reported: true; hidden: boolean }

/** A thread in the search index (the third entity, with its forum as a facet). */
export type ForumThreadSearchDocument = {
  id: string
  handle: string
  title: string
  excerpt: string
  forum: string
  forum_handle: string
  author: string
  reply_count: number
  last_post_at: string
}
