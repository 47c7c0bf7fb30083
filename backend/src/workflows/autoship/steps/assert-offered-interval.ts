import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { autoshipIntervals } from "../../../lib/autoship/intervals"
import { FieldError } from "../../../lib/field-error"

/** Refuses an interval the store does not offer (a 400 naming `interval_days`). */
export const assertOfferedIntervalStep = createStep("assert-offered-interval", async ({ interval_days }: { interval_days?: number | null }, { container }) => {
  if (interval_days == null) {
    return new StepResponse(null)
  }
  const offered = await autoshipIntervals(container)
  if (!offered.includes(interval_days)) {
    throw new FieldError({ interval_days: `Choose one of: every ${offered.join(", ")} days` })
  }
  return new StepResponse(interval_days)
})
