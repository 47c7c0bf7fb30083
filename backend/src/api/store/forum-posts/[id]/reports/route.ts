import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreateForumReportBody, ForumReportResponse, Validated } from "@supplement-store/contract"
import { reportForumPostWorkflow } from "../../../../../workflows/community/report-forum-post"

/**
 * POST /store/forum-posts/:id/reports: a customer reports a shown post to the moderators; reports from
 * three customers hide it until one decides. Reporting the same post again changes nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof CreateForumReportBody>>, res: MedusaResponse<ForumReportResponse>) {
  const { reason, note } = req.validatedBody
  const { result } = await reportForumPostWorkflow(req.scope).run({
    input: { post_id: req.params.id, customer_id: req.auth_context.actor_id, reason, note: note || null },
  })
  res.json(result)
}
