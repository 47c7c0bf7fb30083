import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminModerateCommentsBody, Validated } from "@supplement-store/contract"
import { moderateCommentsWorkflow } from "../../../../workflows/community/moderate-comments"

/** POST /admin/comments/batch with `{ ids, status }`: bulk moderation from the queue. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminModerateCommentsBody>>, res: MedusaResponse) {
  const { result } = await moderateCommentsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(result)
}
