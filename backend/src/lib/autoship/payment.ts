import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** Medusa's payment provider ids the store registers. */
export const SYSTEM_PROVIDER_ID = "pp_system_default"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

type StripeCard = { brand?: string; last4?: string }
type PaymentLike = { provider_id: string; data: Record<string, unknown> | null } | undefined

/**
 * How renewals pay: the card the first order was paid with (Stripe, saved for off-session use), or,
 * with the system provider, on delivery.
 */
export function paymentReferenceOf(payment: PaymentLike) {
  if (payment?.provider_id === STRIPE_PROVIDER_ID) {
    const method = payment.data?.payment_method as string | { id: string; card?: StripeCard } | undefined
    const id = typeof method === "string" ? method : method?.id
    if (id) {
      return { payment_provider_id: STRIPE_PROVIDER_ID, payment_method_id: id, payment_label: cardLabel(typeof method === "object" ? method.card : undefined) }
    }
  }
  return { payment_provider_id: SYSTEM_PROVIDER_ID, payment_method_id: null, payment_label: "Pay on delivery" }
}

export function cardLabel(card: StripeCard | undefined): string {
  if (!card?.last4) {
    return "Saved card"
  }
  const brand = card.brand ? card.brand[0].toUpperCase() + card.brand.slice(1) : "Card"
  return `${brand} ending in ${card.last4}`
}

/** The payment session data of a renewal: the saved card charged off-session, or nothing for the system provider. */
export function renewalPaymentData(autoship: { payment_provider_id: string; payment_method_id: string | null }) {
  if (autoship.payment_provider_id === STRIPE_PROVIDER_ID && autoship.payment_method_id) {
    // Confirmed at creation with no shopper to redirect: Stripe refuses that for redirect-based
    // methods unless told they are out (the provider otherwise enables automatic payment methods).
    return {
      payment_method: autoship.payment_method_id,
      off_session: true,
      confirm: true,
      automatic_payment_methods: { enabled: true, allow_redirects: "never" },
    }
  }
  return {}
}

export type SavedCard = { id: string; label: string }

/**
 * The cards a customer saved with Stripe (at a checkout with autoship lines), through Medusa's
 * payment module and the customer's Stripe account holder; none without one. A card an autoship is
 * changed to must be one of these.
 */
export async function savedCardsOf(container: MedusaContainer, customerId: string): Promise<SavedCard[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "account_holders.*"],
    filters: { id: customerId },
  })
  const holders = ((data[0] as unknown as { account_holders?: ({ provider_id: string; data: Record<string, unknown> } | null)[] } | undefined)?.account_holders ?? [])
  const holder = holders.find((candidate) => candidate?.provider_id === STRIPE_PROVIDER_ID)
  if (!holder) {
    return []
  }
  const methods = await container.resolve(Modules.PAYMENT).listPaymentMethods({
    provider_id: STRIPE_PROVIDER_ID,
    context: { account_holder: holder as never },
  })
  return methods
    .filter((method) => (method.data as { type?: string } | undefined)?.type === "card")
    .map((method) => ({ id: method.id, label: cardLabel((method.data as { card?: StripeCard }).card) }))
}
