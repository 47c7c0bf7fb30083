import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListContactMessagesQuery, Validated } from "@supplement-store/contract"

export const ADMIN_CONTACT_MESSAGE_FIELDS = ["id", "topic", "name", "email", "message", "details", "status", "answered_at", "created_at"]

/** GET /admin/contact-messages?status=&topic=: the contact inbox, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, topic, limit, offset } = req.validatedQuery as Validated<typeof AdminListContactMessagesQuery>
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: contact_messages, metadata } = await query.graph({
    entity: "contact_message",
    fields: ADMIN_CONTACT_MESSAGE_FIELDS,
    filters: { ...(status ? { status } : {}), ...(topic ? { topic } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ contact_messages, count: metadata?.count ?? contact_messages.length, limit, offset })
}
