import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AutoshipAddress } from "@supplement-store/contract"
import { savedCardsOf, STRIPE_PROVIDER_ID } from "../../../lib/autoship/payment"
import { FieldError } from "../../../lib/field-error"

export type AutoshipChanges = {
  interval_days?: number
  lines?: { id: string; quantity: number }[]
  shipping_address?: AutoshipAddress
  payment_method_id?: string
}
type PlanInput = {
  autoship: { id: string; status: string; customer_id: string; payment_provider_id: string; token_version: number; lines: { id: string }[] }
  changes: AutoshipChanges
}

/**
 * Checks a change against the autoship (its own lines, one line left at least, a card the customer
 * saved) and answers the fields to write. A cancelled autoship does not change.
 */
export const planAutoshipUpdateStep = createStep("plan-autoship-update", async ({ autoship, changes }: PlanInput, { container }) => {
  if (autoship.status === "cancelled") {
    throw new MedusaError(MedusaError.Types.CONFLICT, "A cancelled autoship cannot be changed")
  }
  if (changes.lines) {
    const own = new Set(autoship.lines.map((line) => line.id))
    if (changes.lines.some((line) => !own.has(line.id))) {
      throw new FieldError({ lines: "A line is not on this autoship" })
    }
    const removed = new Set(changes.lines.filter((line) => line.quantity === 0).map((line) => line.id))
    if (autoship.lines.every((line) => removed.has(line.id))) {
      throw new FieldError({ lines: "Keep at least one product, or cancel the autoship" })
    }
  }
  const patch: Record<string, unknown> = { id: autoship.id, token_version: autoship.token_version + 1 }
  if (changes.interval_days !== undefined) {
    patch.interval_days = changes.interval_days
  }
  if (changes.shipping_address) {
    patch.shipping_address = changes.shipping_address
  }
  if (changes.payment_method_id) {
    const card = (await savedCardsOf(container, autoship.customer_id)).find((saved) => saved.id === changes.payment_method_id)
    if (!card) {
      throw new FieldError({ payment_method_id: "Choose one of your saved cards" })
    }
    Object.assign(patch, { payment_provider_id: STRIPE_PROVIDER_ID, payment_method_id: card.id, payment_label: card.label })
  }
  return new StepResponse(patch as { id: string } & Record<string, unknown>)
})
