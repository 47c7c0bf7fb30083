import "server-only"

import Medusa from "@medusajs/js-sdk"

import { config } from "@/lib/config"

/**
 * Server-side Medusa client. Only `src/lib/data/*` should import this.
 * Constructing it never throws; requests made without a publishable key are
 * refused by the data layer (see `requirePublishableKey`).
 */
export const sdk = new Medusa({
  baseUrl: config.backendUrl,
  publishableKey: config.publishableKey ?? undefined,
  debug: false,
})
