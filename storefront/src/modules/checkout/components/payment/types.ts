import type { ComponentType } from "react"

/** Props of a provider's extra UI shown under its radio (e.g. a card form). */
export type PaymentDetailsProps = {
  providerId: string
}

/** Props of a provider's "Place order" control on the review step. */
export type PlaceOrderProps = {
  providerId: string
  /** Data of the cart's current payment session (e.g. a Stripe client secret). */
  sessionData: Record<string, unknown> | null
  /** The provider's browser SDK key (Stripe: NEXT_PUBLIC_STRIPE_KEY), null when it has none. */
  publishableKey: string | null
}

/**
 * How the storefront presents one payment provider. Add an entry to the
 * registry (registry.tsx) to support a new provider; nothing else changes.
 */
export type PaymentMethodUI = {
  /** Matches Medusa provider ids, e.g. `pp_system_default` or `pp_stripe_stripe`. */
  matches: (providerId: string) => boolean
  label: string
  description: string
  /** Extra UI rendered under the radio when this method is chosen. */
  Details?: ComponentType<PaymentDetailsProps>
  /** Replaces the default Place order button (e.g. to confirm a card payment first). */
  PlaceOrder?: ComponentType<PlaceOrderProps>
}
