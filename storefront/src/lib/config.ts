import "server-only"

/**
 * Storefront configuration, read from the environment once (at module load).
 *
 * The publishable key is read through an alias of `process.env` on purpose:
 * Next.js inlines literal `process.env.NEXT_PUBLIC_*` references at build time,
 * which would freeze whatever value (or absence) the build saw. Reading it at
 * runtime means `npm start` can pass the key to an existing build.
 */
const env = process.env

const DEFAULT_BACKEND_URL = "http://localhost:9000"

function readTrimmed(name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

export type StorefrontConfig = {
  /** Base URL of the Medusa backend, without a trailing slash. */
  backendUrl: string
  /** Publishable API key, or null when the storefront was started without one. */
  publishableKey: string | null
  /** Shared with the backend, which asks for cache revalidation when products or articles change. */
  revalidateSecret: string | null
  /** Shared with the backend: proves that the reader's address the storefront forwards can be believed. */
  proxySecret: string | null
  /** Stripe's publishable key (pk_...) for the Payment Element, or null when cards are not offered. */
  stripePublishableKey: string | null
}

/**
 * The backend's rule for secrets (backend/medusa-config.ts), for the ones the storefront reads: in
 * production, when set, at least 32 bytes and not a placeholder the repository documents.
 */
const DOCUMENTED_SECRETS = new Set(["supersecret"])
const MIN_SECRET_BYTES = 32
const SECRETS = ["REVALIDATE_SECRET", "STOREFRONT_PROXY_SECRET"]

function weakSecrets(): string[] {
  return SECRETS.flatMap((name) => {
    const value = readTrimmed(name)
    if (!value) {
      return []
    }
    if (DOCUMENTED_SECRETS.has(value)) {
      return [`${name} is a documented placeholder ("${value}"); set a random secret of ${MIN_SECRET_BYTES}+ bytes`]
    }
    const bytes = Buffer.byteLength(value)
    return bytes < MIN_SECRET_BYTES ? [`${name} is ${bytes} bytes long; it must be at least ${MIN_SECRET_BYTES} (e.g. openssl rand -hex 32)`] : []
  })
}

if (env.NODE_ENV === "production") {
  const problems = weakSecrets()
  if (problems.length) {
    // One line per bad value, in the log of the request that first reads the configuration.
    throw new Error(problems.map((problem) => `Configuration error: ${problem}`).join("\n"))
  }
}

export const config: StorefrontConfig = Object.freeze({
  backendUrl: (readTrimmed("MEDUSA_BACKEND_URL") ?? DEFAULT_BACKEND_URL).replace(/\/+$/, ""),
  publishableKey: readTrimmed("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY") ?? null,
  revalidateSecret: readTrimmed("REVALIDATE_SECRET") ?? null,
  proxySecret: readTrimmed("STOREFRONT_PROXY_SECRET") ?? null,
  stripePublishableKey: readTrimmed("NEXT_PUBLIC_STRIPE_KEY") ?? null,
})

/** The browser key of a payment provider's client SDK (Stripe's for `pp_stripe_*`), if it has one. */
export function paymentPublishableKey(providerId: string): string | null {
  return providerId.startsWith("pp_stripe") ? config.stripePublishableKey : null
}

export const MISSING_PUBLISHABLE_KEY_MESSAGE =
  "The storefront has no publishable API key: start it with `npm start` from the repo root, which passes it automatically"

/** Thrown by the data layer when a request is attempted without a publishable key. */
export class MissingPublishableKeyError extends Error {
  constructor() {
    super(MISSING_PUBLISHABLE_KEY_MESSAGE)
    this.name = "MissingPublishableKeyError"
  }
}

export function hasPublishableKey(): boolean {
  return config.publishableKey !== null
}

export function requirePublishableKey(): string {
  if (config.publishableKey === null) {
    throw new MissingPublishableKeyError()
  }
  return config.publishableKey
}
