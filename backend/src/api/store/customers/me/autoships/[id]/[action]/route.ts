import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AutoshipResponse } from "@supplement-store/contract"
import { cancelAutoshipWorkflow } from "../../../../../../../workflows/autoship/cancel-autoship"
import { orderAutoshipNowWorkflow } from "../../../../../../../workflows/autoship/order-autoship-now"
import { pauseAutoshipWorkflow } from "../../../../../../../workflows/autoship/pause-autoship"
import { resumeAutoshipWorkflow } from "../../../../../../../workflows/autoship/resume-autoship"
import { skipAutoshipWorkflow } from "../../../../../../../workflows/autoship/skip-autoship"
import { respondWithAutoship } from "../../respond"

const ACTIONS = {
  skip: skipAutoshipWorkflow,
  pause: pauseAutoshipWorkflow,
  resume: resumeAutoshipWorkflow,
  cancel: cancelAutoshipWorkflow,
  "order-now": orderAutoshipNowWorkflow,
} as const

/** POST /store/customers/me/autoships/:id/{skip,pause,resume,cancel,order-now} */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<AutoshipResponse>) {
  const workflow = ACTIONS[req.params.action as keyof typeof ACTIONS]
  if (!workflow) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No autoship action ${req.params.action}`)
  }
  await workflow(req.scope).run({ input: { autoship_id: req.params.id, customer_id: req.auth_context.actor_id, now: new Date() } })
  await respondWithAutoship(req, res, req.params.id)
}
