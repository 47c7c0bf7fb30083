import { z } from "@medusajs/framework/zod"

export const MAX_COMMENT_LENGTH = 5000

export const StoreCreateComment = z
  .object({
    author_name: z.string().trim().min(1, "author_name: enter your name").max(80, "author_name: at most 80 characters").optional(),
    email: z.string().trim().email("email: enter a valid email address").max(254).optional(),
    body: z
      .string()
      .trim()
      .min(1, "body: write a comment")
      .max(MAX_COMMENT_LENGTH, `body: at most ${MAX_COMMENT_LENGTH} characters`),
    parent_id: z.string().max(100).nullish(),
    notify_on_reply: z.boolean().default(false),
    /** Honeypot: hidden from people, filled in by naive bots. */
    website: z.string().max(500).optional(),
    /** When the form was shown (ms since epoch): people take a few seconds to write. */
    started_at: z.number().int().positive().optional(),
  })
  .strict()
export type StoreCreateCommentType = z.infer<typeof StoreCreateComment>

export const StoreListComments = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StoreListCommentsType = z.infer<typeof StoreListComments>
