import StripePlaceOrder from "@/modules/checkout/components/payment/stripe-place-order"
import type { PaymentMethodUI } from "@/modules/checkout/components/payment/types"

/** Cards (and wallets) through Stripe's Payment Element; the card form is on the review step. */
export const stripePayment: PaymentMethodUI = {
  matches: (providerId) => providerId.startsWith("pp_stripe"),
  label: "Card",
  description: "Visa, Mastercard, American Express and more, processed securely by Stripe. You enter your card on the next step.",
  PlaceOrder: StripePlaceOrder,
}
