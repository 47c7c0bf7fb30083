import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type AutoshipAction, planAutoshipAction } from "../../../modules/autoship/transitions"

type PlanInput = {
  autoship: Parameters<typeof planAutoshipAction>[0] & { id: string }
  action: AutoshipAction
  now?: Date
}

/** The change an action makes (a 409 when the autoship's status does not allow it). */
export const planAutoshipActionStep = createStep("plan-autoship-action", async ({ autoship, action, now }: PlanInput) => {
  return new StepResponse({ id: autoship.id, ...planAutoshipAction(autoship, action, now ? new Date(now) : new Date()) })
})
