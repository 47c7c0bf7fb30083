import { stripePayment } from "@/modules/checkout/components/payment/stripe-payment"
import { systemPayment } from "@/modules/checkout/components/payment/system-payment"
import type { PaymentMethodUI } from "@/modules/checkout/components/payment/types"

/**
 * Payment methods the storefront knows how to present, keyed by Medusa
 * payment provider id. Stripe brings its card form and client-side
 * confirmation in its `PlaceOrder`.
 */
const PAYMENT_METHODS: PaymentMethodUI[] = [systemPayment, stripePayment]

function humanize(providerId: string): string {
  const name = providerId.replace(/^pp_/, "").replace(/_/g, " ").trim()
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : providerId
}

/** The UI for a provider; unknown providers get a plain labelled radio. */
export function paymentMethodFor(providerId: string): PaymentMethodUI {
  return (
    PAYMENT_METHODS.find((method) => method.matches(providerId)) ?? {
      matches: (id) => id === providerId,
      label: humanize(providerId),
      description: "",
    }
  )
}
