import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { RenewalCart } from "./build-renewal-cart"

export type RenewalResult =
  | { outcome: "placed"; order_id: string; message: null }
  | { outcome: "payment_failed" | "out_of_stock"; order_id: null; message: string }
  | null

const PAYMENT_MESSAGES: Record<string, string> = {
  authentication_required: "Your bank asks you to confirm this payment. Please update your card or confirm it with your bank.",
  card_declined: "Your card was declined.",
}

/**
 * Completes the renewal cart with Medusa's own checkout workflow (inventory reserved, payment
 * authorized, order placed), which is idempotent per cart: a cart a dead worker already completed
 * answers with its order. A declined payment or stock sold in between is an outcome, not an error.
 */
export const completeRenewalCartStep = createStep("complete-renewal-cart", async (cart: RenewalCart | null, { container }) => {
  if (!cart) {
    return new StepResponse<RenewalResult>(null)
  }
  if (!cart.cart_id) {
    return new StepResponse<RenewalResult>({ outcome: "out_of_stock", order_id: null, message: "Nothing on this autoship is in stock" })
  }
  const { result, errors } = await completeCartWorkflow(container).run({ input: { id: cart.cart_id }, throwOnError: false })
  if (result?.id) {
    return new StepResponse<RenewalResult>({ outcome: "placed", order_id: result.id, message: null })
  }
  const failure = await paymentFailure(container, cart.cart_id)
  if (failure) {
    return new StepResponse<RenewalResult>({ outcome: "payment_failed", order_id: null, message: failure })
  }
  const message = errors?.[0]?.error?.message ?? "The renewal could not be completed"
  if (/inventory|stock/i.test(message)) {
    return new StepResponse<RenewalResult>({ outcome: "out_of_stock", order_id: null, message })
  }
  throw new Error(`Autoship renewal of cart ${cart.cart_id} failed: ${message}`)
})

/** What the payment provider said when the renewal's payment was not authorized, or null if it was not the payment. */
async function paymentFailure(container: Parameters<Parameters<typeof createStep>[1]>[1]["container"], cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["payment_collection.payment_sessions.status", "payment_collection.payment_sessions.data"],
    filters: { id: cartId },
  })
  const sessions = (data[0]?.payment_collection?.payment_sessions ?? []) as { status: string; data: Record<string, unknown> | null }[]
  // Only the provider's refusal: a session still pending means the checkout failed before paying.
  const failed = sessions.find((session) => session && ["error", "requires_more", "canceled"].includes(session.status))
  if (!failed) {
    return null
  }
  const error = failed.data?.last_payment_error as { code?: string; decline_code?: string } | undefined
  const code = failed.data?.status === "requires_action" ? "authentication_required" : (error?.code ?? "card_declined")
  return PAYMENT_MESSAGES[code] ?? PAYMENT_MESSAGES.card_declined
}
