import { createRequire } from "node:module"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"

// The provider's own copy of the Stripe SDK, so the client keeps the SDK version and API version
// Medusa's provider is written against.
const providerRequire = createRequire(require.resolve("@medusajs/payment-stripe"))

export type StoreStripeOptions = StripeOptions & {
  /**
   * Base URL of the Stripe API (default https://api.stripe.com). Only the test suites change it, to
   * talk to the local Stripe double in tests/support/stripe-double.mjs.
   */
  apiUrl?: string
}

/**
 * Medusa's Stripe card provider (identifier `stripe`, so still `pp_stripe_stripe`), whose Stripe
 * client can be pointed at another host. Medusa builds its client with the API key alone; this one
 * rebuilds it with the same Stripe SDK plus host options.
 */
export default class StoreStripeProviderService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: StoreStripeOptions) {
    super(cradle, options)
    if (options.apiUrl) {
      this.useApiUrl(new URL(options.apiUrl), options.apiKey)
    }
  }

  private useApiUrl(url: URL, apiKey: string) {
    const StripeClient = providerRequire("stripe") as new (key: string, config: object) => typeof this.stripe_
    this.stripe_ = new StripeClient(apiKey, {
      host: url.hostname,
      port: url.port || (url.protocol === "https:" ? 443 : 80),
      protocol: url.protocol.replace(":", ""),
      // The double answers at once; Stripe's own retries would only slow a failing test down.
      maxNetworkRetries: 0,
    })
  }
}
