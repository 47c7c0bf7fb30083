import { z } from "zod"
import { Email, Page } from "./fields"
import { MAX_COMMENT_LENGTH, MAX_NAME_LENGTH, RECORD_ID_PATTERN } from "./limits"

export const COMMENT_STATUSES = ["pending", "approved", "rejected", "spam"] as const
export type CommentStatus = (typeof COMMENT_STATUSES)[number]

export const CommentAuthorName = z
  .string({ error: "Enter your name" })
  .trim()
  .min(1, "Enter your name")
  .max(MAX_NAME_LENGTH, `Your name may be at most ${MAX_NAME_LENGTH} characters`)

export const CommentBody = z
  .string({ error: "Write a comment" })
  .trim()
  .min(1, "Write a comment")
  .max(MAX_COMMENT_LENGTH, `A comment may be at most ${MAX_COMMENT_LENGTH} characters`)

/**
 * POST /store/articles/:handle/comments. Name and email are a guest's; a customer's come from the
 * account (a customer whose account has no name gives one).
 */
export const CreateCommentBody = z
  .object({
    author_name: CommentAuthorName.optional(),
    email: Email.optional(),
    body: CommentBody,
    parent_id: z.string().regex(RECORD_ID_PATTERN, "The comment you reply to was not found").nullish(),
    notify_on_reply: z.boolean().default(false),
    /** Honeypot: hidden from people, filled in by naive bots. */
    website: z.string().max(500).optional(),
    /** When the form was shown (ms since epoch): people take a few seconds to write. */
    started_at: z.number().int().positive().optional(),
  })
  .strict()
export type CreateCommentBody = z.input<typeof CreateCommentBody>

/** GET /store/articles/:handle/comments */
export const ListCommentsQuery = z.object(Page({ maxLimit: 100, defaultLimit: 20, maxOffset: 100_000 })).strict()

/** GET /admin/comments */
export const AdminListCommentsQuery = z
  .object({ status: z.enum(COMMENT_STATUSES).optional(), ...Page({ maxLimit: 100, defaultLimit: 20 }) })
  .strict()

/** POST /admin/comments/:id */
export const AdminModerateCommentBody = z.object({ status: z.enum(COMMENT_STATUSES) }).strict()

/** POST /admin/comments/batch */
export const AdminModerateCommentsBody = z
  .object({ ids: z.array(z.string().min(1)).min(1).max(100), status: z.enum(COMMENT_STATUSES) })
  .strict()

// ---------------------------------------------------------------- responses

/** An approved comment as the public sees it, with its approved replies nested (oldest first). */
export type PublicComment = {
  id: string
  parent_id: string | null
  author_name: string
  body: string
  created_at: string
  replies: PublicComment[]
}

/** GET /store/articles/:handle/comments: top-level comments of one page, each with all its replies. */
export type CommentListResponse = {
  comments: PublicComment[]
  /** All top-level approved comments. */
  count: number
  /** All approved comments, replies included. */
  total: number
  limit: number
  offset: number
}

/** POST /store/articles/:handle/comments */
export type CreateCommentResponse = {
  comment: {
    id: string
    status: Exclude<CommentStatus, "rejected">
    parent_id: string | null
    author_name: string
    body: string
    created_at: string
  }
}

/** GET and POST /store/articles/:handle/votes (a first anonymous vote also hands out a visitor token). */
export type VoteResponse = { votes: number; voted: boolean; visitor_token?: string }

/** POST /store/articles/:handle/views */
export type ViewResponse = { counted: boolean }
