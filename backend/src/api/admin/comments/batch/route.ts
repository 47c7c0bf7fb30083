import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateCommentsWorkflow } from "../../../../workflows/community/moderate-comments"
import type { AdminModerateCommentsType } from "../validators"

/** POST /admin/comments/batch with `{ ids, status }`: bulk moderation from the queue. */
export async function POST(req: AuthenticatedMedusaRequest<AdminModerateCommentsType>, res: MedusaResponse) {
  const { result } = await moderateCommentsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(result)
}
