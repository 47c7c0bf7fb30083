/**
 * Storefront configuration, read from the environment here and nowhere else, once (at module load),
 * with one clear line per bad value.
 *
 * It imports nothing, not even Next.js's `server-only` marker, because next.config.ts and src/proxy.ts
 * load it too, outside the app's server bundle. No secret can reach a browser through it: values are
 * read at run time through an alias of `process.env` (Next.js inlines literal `process.env.X`
 * references at build time, which would also freeze whatever value, or absence, the build saw, where
 * `npm start` passes the key to an existing build), and in a browser nothing is read at all (the one
 * client module that gets here, through site.ts, is the root error page, for the store's name).
 *
 * Outside src/: server.mjs reads TRUSTED_PROXIES and PORT, and cache-handler.mjs reads REDIS_URL and
 * the store's identity, because Node.js loads them as they are, before and beside Next.js.
 */
const env: Record<string, string | undefined> = typeof window === "undefined" ? process.env : {}

const DEFAULT_BACKEND_URL = "http://localhost:9000"
const DEFAULT_SITE_URL = "http://localhost:8000"

function readTrimmed(name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

const problems: string[] = []

/** An http(s) URL without a trailing slash, or the fallback when unset. */
function readHttpUrl(name: string, fallback: string): URL {
  const raw = readTrimmed(name)
  if (!raw) {
    return new URL(fallback)
  }
  try {
    const url = new URL(raw)
    if (url.protocol === "http:" || url.protocol === "https:") {
      return url
    }
  } catch {
    // reported below
  }
  problems.push(`${name} is not an http(s) URL: "${raw}"`)
  return new URL(fallback)
}

export type StorefrontConfig = {
  /** Base URL of the Medusa backend, without a trailing slash. */
  backendUrl: string
  /** Where the backend's files are served from when not by the backend itself (MEDIA_URL: an S3 bucket's URL), or null. */
  mediaUrl: URL | null
  /** Public origin of the storefront (STOREFRONT_URL), for canonical URLs, feeds and the sitemap. */
  siteUrl: URL
  /** NODE_ENV: `next start` runs in production (secure cookies, HSTS), `next dev` in development. */
  production: boolean
  development: boolean
  /** With Redis, every storefront instance shares one page and data cache (cache-handler.mjs). */
  redisUrl: string | null
  /** Where `next build` writes and `next start` reads the build; test harnesses use folders of their own. */
  distDir: string
  /**
   * NEXT_OUTPUT=standalone, set by the container build: a self-contained server with only the files it
   * uses. Its configuration is fixed at build, so it always has the shared cache handler, which falls
   * back to memory when REDIS_URL is not set when it runs.
   */
  standalone: boolean
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
 * The backend's rule for secrets (backend/src/lib/config.ts), for the ones the storefront reads: in
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

const backendUrl = readHttpUrl("MEDUSA_BACKEND_URL", DEFAULT_BACKEND_URL)
const siteUrl = readHttpUrl("STOREFRONT_URL", DEFAULT_SITE_URL)
const mediaUrl = readTrimmed("MEDIA_URL") ? readHttpUrl("MEDIA_URL", DEFAULT_BACKEND_URL) : null
const production = env.NODE_ENV === "production"
if (production) {
  problems.push(...weakSecrets())
}
if (problems.length) {
  // One line per bad value: at start (next.config.ts loads this file), else in the log of the first request.
  throw new Error(problems.map((problem) => `Configuration error: ${problem}`).join("\n"))
}

export const config: StorefrontConfig = Object.freeze({
  backendUrl: backendUrl.href.replace(/\/+$/, ""),
  mediaUrl,
  siteUrl: new URL(siteUrl.origin),
  production,
  development: env.NODE_ENV === "development",
  redisUrl: readTrimmed("REDIS_URL") ?? null,
  distDir: readTrimmed("NEXT_DIST_DIR") ?? ".next",
  standalone: readTrimmed("NEXT_OUTPUT") === "standalone",
  publishableKey: readTrimmed("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY") ?? null,
  revalidateSecret: readTrimmed("REVALIDATE_SECRET") ?? null,
  proxySecret: readTrimmed("STOREFRONT_PROXY_SECRET") ?? null,
  stripePublishableKey: readTrimmed("NEXT_PUBLIC_STRIPE_KEY") ?? null,
})

/**
 * Whether this process is `next build` rendering pages. Read when asked, not at load: the build sets
 * NEXT_PHASE (next/constants' PHASE_PRODUCTION_BUILD) only when it starts rendering, after
 * next.config.ts has loaded this file.
 */
export function isProductionBuild(): boolean {
  return env.NEXT_PHASE === "phase-production-build"
}

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
