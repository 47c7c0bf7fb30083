import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unbanForumCustomerWorkflow } from "../../../../workflows/community/unban-forum-customer"

/** DELETE /admin/forum-bans/:customer_id: the customer may post again; what went to spam stays there. */
export async function DELETE(req: AuthenticatedMedusaRequest<unknown, { customer_id: string }>, res: MedusaResponse) {
  await unbanForumCustomerWorkflow(req.scope).run({ input: { customer_id: req.params.customer_id } })
  res.json({ customer_id: req.params.customer_id, banned: false })
}
