/// <reference path="./src/types/proxy-addr.d.ts" />
import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import proxyaddr from "proxy-addr"
import type { ClientIdentityConfig } from "./src/api/utils/client"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Every setting comes from the environment, read here once. Local defaults match what `npm start`
 * sets up: the embedded PostgreSQL on port 5433, storefront on :8000, backend on :9000.
 */
const EMBEDDED_DATABASE_URL = "postgres://postgres:postgres@localhost:5433/medusa_store"

function fail(...messages: string[]): never {
  // One clear line per bad value instead of a stack trace from deep inside a loader.
  for (const message of messages) {
    console.error(`Configuration error: ${message}`)
  }
  process.exit(1)
}

function readUrl(name: string, fallback?: string): string | undefined {
  const value = process.env[name] || fallback
  if (value === undefined) {
    return undefined
  }
  try {
    new URL(value)
  } catch {
    fail(`${name} is not a valid URL: "${value}"`)
  }
  return value
}

const databaseUrl = readUrl("DATABASE_URL", EMBEDDED_DATABASE_URL)!
const redisUrl = readUrl("REDIS_URL")
const isProduction = process.env.NODE_ENV === "production"

/** Medusa's local default; the README documents it, so it is known to everyone. */
const LOCAL_SECRET = "supersecret"
const LOCAL_NEWSLETTER_SECRET = "supersecret-newsletter"
// Placeholders this repository documents (README, .env.example, compose): never a production secret.
const DOCUMENTED_SECRETS = new Set([LOCAL_SECRET, LOCAL_NEWSLETTER_SECRET])
const MIN_SECRET_BYTES = 32

/**
 * In production every secret the apps read must be a real one: at least 32 bytes and none of the
 * documented placeholders. The required ones must be set; the others are checked when set.
 */
function weakSecrets(secrets: { name: string; required: boolean }[]): string[] {
  return secrets.flatMap(({ name, required }) => {
    const value = process.env[name]
    if (!value) {
      return required ? [`${name} must be set when NODE_ENV=production`] : []
    }
    if (DOCUMENTED_SECRETS.has(value)) {
      return [`${name} is a documented placeholder ("${value}"); set a random secret of ${MIN_SECRET_BYTES}+ bytes`]
    }
    if (Buffer.byteLength(value) < MIN_SECRET_BYTES) {
      return [`${name} is ${Buffer.byteLength(value)} bytes long; it must be at least ${MIN_SECRET_BYTES} (e.g. openssl rand -hex 32)`]
    }
    return []
  })
}

if (isProduction) {
  const problems = weakSecrets([
    { name: "JWT_SECRET", required: true },
    { name: "COOKIE_SECRET", required: true },
    { name: "REVALIDATE_SECRET", required: false },
    { name: "STOREFRONT_PROXY_SECRET", required: false },
    { name: "NEWSLETTER_TOKEN_SECRET", required: true },
  ])
  if (problems.length) {
    fail(...problems)
  }
}
const jwtSecret = process.env.JWT_SECRET || LOCAL_SECRET
const cookieSecret = process.env.COOKIE_SECRET || LOCAL_SECRET
// Signs newsletter links: a secret of its own, so a leaked or reused JWT_SECRET forges no unsubscribe.
const newsletterTokenSecret = process.env.NEWSLETTER_TOKEN_SECRET || LOCAL_NEWSLETTER_SECRET

/**
 * TLS to a managed PostgreSQL (DATABASE_SSL=true) checks the server's certificate, against
 * DATABASE_SSL_CA (a PEM file) when the provider signs with its own authority. Turning the check off
 * takes an explicit DATABASE_SSL_REJECT_UNAUTHORIZED=false, and is said at start.
 */
function databaseSsl() {
  if (process.env.DATABASE_SSL !== "true") {
    return undefined
  }
  const rejectUnauthorized = process.env.DATABASE_SSL_REJECT_UNAUTHORIZED !== "false"
  if (!rejectUnauthorized) {
    console.warn("Warning: DATABASE_SSL_REJECT_UNAUTHORIZED=false: the database's TLS certificate is not verified")
  }
  const caFile = process.env.DATABASE_SSL_CA
  if (!caFile) {
    return { rejectUnauthorized }
  }
  try {
    return { rejectUnauthorized, ca: readFileSync(caFile, "utf8") }
  } catch (error) {
    fail(`DATABASE_SSL_CA cannot be read: ${(error as Error).message}`)
  }
}
const ssl = databaseSsl()

const smtpUrl = readUrl("SMTP_URL")
const mailOutboxDir = process.env.MAIL_OUTBOX_DIR || path.join(process.cwd(), ".data", "outbox")

/**
 * Who the client is (src/api/utils/client.ts): the proxies whose X-Forwarded-For is believed
 * (TRUSTED_PROXIES: addresses, CIDRs, proxy-addr's names like `loopback`, or a hop count; empty: none),
 * and the secret with which the storefront proves the reader's address it forwards.
 */
function readTrustedProxies(): string[] | number {
  const value = process.env.TRUSTED_PROXIES?.trim() ?? ""
  if (/^\d+$/.test(value)) {
    return Number(value)
  }
  const proxies = value.split(",").map((entry) => entry.trim()).filter(Boolean)
  try {
    proxyaddr.compile(proxies)
  } catch (error) {
    fail(`TRUSTED_PROXIES "${value}": ${(error as Error).message} (addresses, CIDRs, loopback/linklocal/uniquelocal, or a hop count)`)
  }
  return proxies
}

const clientIdentity: ClientIdentityConfig = {
  trustedProxies: readTrustedProxies(),
  storefrontProxySecret: process.env.STOREFRONT_PROXY_SECRET?.trim() || undefined,
}

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = process.env.BACKEND_URL || "http://localhost:9000"

// Medusa's production modules, shared by every server and worker instance through Redis.
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              // How long a checkout waits for an item's inventory lock. It was 30 s while every buyer
              // of a sold-out item queued there; now only carts admitted with a unit claimed do
              // (src/api/utils/checkout-admission.ts), so 10 s is ample, and a wait that still runs
              // out answers 409 with Retry-After (src/api/utils/error-handler.ts), not a 30 s hang.
              options: { redisUrl, waitLockingTimeout: 10 },
            },
          ],
        },
      },
    ]
  : []

/**
 * Medusa's Caching Module (behind its `caching` flag, turned on below): the store's product routes and
 * the cart workflows read regions, variants, prices and shipping options through Query's cache, and
 * every event that changes one of those clears its entries. Shared through Redis by every instance
 * when REDIS_URL is set; otherwise one in-process cache.
 */
const cachingModule = {
  resolve: "@medusajs/medusa/caching",
  options: redisUrl
    ? {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            // Keyed by database: stores that share one Redis (test runs, staging beside production)
            // must never read each other's cached products.
            options: { redisUrl, prefix: `mc:${createHash("sha256").update(databaseUrl).digest("hex").slice(0, 16)}:` },
          },
        ],
      }
    : { in_memory: { enable: true } },
}

/**
 * Card payments through Stripe when both secrets are set; otherwise only Medusa's system provider
 * (`pp_system_default`, no money moves), which stays registered either way. STRIPE_API_URL is for the
 * test suites only: it points the Stripe client at the local double (tests/support/stripe-double.mjs).
 */
function stripeSettings() {
  const apiKey = process.env.STRIPE_API_KEY?.trim()
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET?.trim()
  if (!apiKey && !webhookSecret) {
    return null
  }
  if (!apiKey || !webhookSecret) {
    fail("STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET must be set together (or neither, for the system provider only)")
  }
  return { apiKey, webhookSecret }
}

const stripe = stripeSettings()
const stripeProviders = stripe
  ? [
      {
        resolve: "./src/modules/stripe-payment",
        id: "stripe",
        options: {
          ...stripe,
          // Money is taken when the shopper confirms; the order is placed with the payment captured.
          capture: true,
          automaticPaymentMethods: true,
          apiUrl: readUrl("STRIPE_API_URL"),
        },
      },
    ]
  : []

// Search: PostgreSQL (Medusa's provider) by default; Meilisearch serves both indexes when
// MEILISEARCH_HOST is set. PostgreSQL stays registered so switching engines can drop its tables.
const meilisearchHost = readUrl("MEILISEARCH_HOST")
const searchModule = {
  resolve: "@medusajs/medusa/search",
  options: {
    providers: [
      // Medusa's PostgreSQL provider, with typo matching served by its trigram index.
      { resolve: "./src/modules/indexed-postgres-search", id: "postgres", options: { language: "english" } },
      ...(meilisearchHost
        ? [
            {
              resolve: "./src/modules/meilisearch",
              id: "meilisearch",
              options: { host: meilisearchHost, apiKey: process.env.MEILISEARCH_API_KEY },
            },
          ]
        : []),
    ],
    // Providers are named by their identifier here, not by the `id` above.
    default_provider: meilisearchHost ? "meilisearch" : "search-postgres",
    index_prefix: process.env.SEARCH_INDEX_PREFIX || undefined,
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl,
    // A local PostgreSQL speaks without TLS; a managed one sets DATABASE_SSL=true.
    databaseDriverOptions: ssl ? { connection: { ssl } } : {},
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret,
      cookieSecret,
      ...clientIdentity,
    },
  },
  admin: {
    disable: process.env.DISABLE_ADMIN === "true",
    backendUrl,
    storefrontUrl,
    path: "/app",
  },
  modules: [
    { resolve: "./src/modules/brand" },
    { resolve: "./src/modules/news" },
    searchModule,
    {
      resolve: "./src/modules/community",
      options: {
        blocklist: (process.env.COMMENT_BLOCKLIST || "casino,viagra,crypto giveaway,payday loan")
          .split(",")
          .map((term) => term.trim())
          .filter(Boolean),
        maxLinks: Number(process.env.COMMENT_MAX_LINKS || 2),
      },
    },
    { resolve: "./src/modules/newsletter", options: { tokenSecret: newsletterTokenSecret } },
    // Which Stripe webhook events were accepted: retried and out-of-order deliveries are dropped.
    { resolve: "./src/modules/stripe-webhook", options: { webhookSecret: stripe?.webhookSecret } },
    { resolve: "@medusajs/medusa/payment", options: { providers: stripeProviders } },
    {
      // One mail path: SMTP when SMTP_URL is set, otherwise complete .eml files in the outbox folder.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "./src/modules/email",
            id: "email",
            options: {
              channels: ["email"],
              from: process.env.MAIL_FROM || "Verdant Health Store <hello@verdant.example>",
              smtpUrl,
              outboxDir: mailOutboxDir,
            },
          },
        ],
      },
    },
    cachingModule,
    ...redisModules,
  ],
  featureFlags: {
    caching: true,
  },
})
