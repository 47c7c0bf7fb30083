import { z } from "@medusajs/framework/zod"
import { COMMENT_STATUSES } from "../../../modules/community/models/comment"

export const AdminListComments = z
  .object({
    status: z.enum(COMMENT_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListCommentsType = z.infer<typeof AdminListComments>

export const AdminModerateComment = z.object({ status: z.enum(COMMENT_STATUSES) }).strict()
export type AdminModerateCommentType = z.infer<typeof AdminModerateComment>

export const AdminModerateComments = z
  .object({ ids: z.array(z.string().min(1)).min(1).max(100), status: z.enum(COMMENT_STATUSES) })
  .strict()
export type AdminModerateCommentsType = z.infer<typeof AdminModerateComments>
