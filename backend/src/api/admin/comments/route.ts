import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListCommentsQuery, Validated } from "@supplement-store/contract"

export const ADMIN_COMMENT_FIELDS = [
  "id",
  "status",
  "spam_reason",
  "author_name",
  "email",
  "customer_id",
  "body",
  "parent_id",
  "created_at",
  "article.id",
  "article.handle",
  "article.title",
]

/**
 * GET /admin/comments?status=: the moderation queue. Without a status, every comment; pending ones
 * first (the queue), then the rest, newest first. Each comment carries its article for context.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as Validated<typeof AdminListCommentsQuery>
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const page = async (filters: Record<string, unknown>, skip: number, take: number) => {
    const { data, metadata } = await query.graph({
      entity: "comment",
      fields: ADMIN_COMMENT_FIELDS,
      filters,
      pagination: { skip, take, order: { created_at: "DESC" } },
    })
    return { data, count: metadata?.count ?? data.length }
  }

  if (status) {
    const { data, count } = await page({ status }, offset, limit)
    return res.json({ comments: data, count, limit, offset })
  }
  const pending = await page({ status: "pending" }, offset, limit)
  const rest = await page(
    { status: { $ne: "pending" } },
    Math.max(0, offset - pending.count),
    Math.max(0, limit - pending.data.length)
  )
  res.json({ comments: [...pending.data, ...rest.data], count: pending.count + rest.count, limit, offset })
}
