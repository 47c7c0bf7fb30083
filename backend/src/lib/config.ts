/// <reference path="../types/proxy-addr.d.ts" />
import { readFileSync } from "node:fs"
import path from "node:path"
import { loadEnv } from "@medusajs/framework/utils"
import proxyaddr from "proxy-addr"
import type { ClientIdentityConfig } from "../api/utils/client"

/**
 * Every setting of the backend, read from the environment here and nowhere else, once, when the module
 * is first loaded (by medusa-config.ts, which hands Medusa and our modules their part). Code that Medusa
 * gives no options to (middlewares, subscribers) imports `settings`. Local defaults match what
 * `npm start` sets up: the embedded PostgreSQL on port 5433, storefront on :8000, backend on :9000.
 */
loadEnv(process.env.NODE_ENV || "development", process.cwd())
const env = process.env

const EMBEDDED_DATABASE_URL = "postgres://postgres:postgres@localhost:5433/medusa_store"

function fail(...messages: string[]): never {
  // One clear line per bad value instead of a stack trace from deep inside a loader.
  for (const message of messages) {
    console.error(`Configuration error: ${message}`)
  }
  process.exit(1)
}

function readUrl(name: string, fallback?: string): string | undefined {
  const value = env[name] || fallback
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

function readWholeNumber(name: string, fallback: number, min: number): number {
  const value = env[name]?.trim()
  if (!value) {
    return fallback
  }
  if (!/^\d+$/.test(value) || Number(value) < min) {
    fail(`${name} must be a whole number of at least ${min}, not "${value}"`)
  }
  return Number(value)
}

const WORKER_MODES = ["shared", "worker", "server"] as const
type WorkerMode = (typeof WORKER_MODES)[number]

function readWorkerMode(): WorkerMode {
  const value = env.MEDUSA_WORKER_MODE || "shared"
  if (!(WORKER_MODES as readonly string[]).includes(value)) {
    fail(`MEDUSA_WORKER_MODE must be one of ${WORKER_MODES.join(", ")}, not "${value}"`)
  }
  return value as WorkerMode
}

const databaseUrl = readUrl("DATABASE_URL", EMBEDDED_DATABASE_URL)!
const redisUrl = readUrl("REDIS_URL")
const isProduction = env.NODE_ENV === "production"

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
    const value = env[name]
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

/**
 * TLS to a managed PostgreSQL (DATABASE_SSL=true) checks the server's certificate, against
 * DATABASE_SSL_CA (a PEM file) when the provider signs with its own authority. Turning the check off
 * takes an explicit DATABASE_SSL_REJECT_UNAUTHORIZED=false, and is said at start.
 */
function readDatabaseSsl() {
  if (env.DATABASE_SSL !== "true") {
    return undefined
  }
  const rejectUnauthorized = env.DATABASE_SSL_REJECT_UNAUTHORIZED !== "false"
  if (!rejectUnauthorized) {
    console.warn("Warning: DATABASE_SSL_REJECT_UNAUTHORIZED=false: the database's TLS certificate is not verified")
  }
  const caFile = env.DATABASE_SSL_CA
  if (!caFile) {
    return { rejectUnauthorized }
  }
  try {
    return { rejectUnauthorized, ca: readFileSync(caFile, "utf8") }
  } catch (error) {
    fail(`DATABASE_SSL_CA cannot be read: ${(error as Error).message}`)
  }
}

/**
 * Who the client is (src/api/utils/client.ts): the proxies whose X-Forwarded-For is believed
 * (TRUSTED_PROXIES: addresses, CIDRs, proxy-addr's names like `loopback`, or a hop count; empty: none),
 * and the secret with which the storefront proves the reader's address it forwards.
 */
function readTrustedProxies(): string[] | number {
  const value = env.TRUSTED_PROXIES?.trim() ?? ""
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

/**
 * Card payments through Stripe when both secrets are set; otherwise only Medusa's system provider
 * (`pp_system_default`, no money moves), which stays registered either way. STRIPE_API_URL is for the
 * test suites only: it points the Stripe client at the local double (tests/support/stripe-double.mjs).
 */
function readStripe() {
  const apiKey = env.STRIPE_API_KEY?.trim()
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET?.trim()
  if (!apiKey && !webhookSecret) {
    return null
  }
  if (!apiKey || !webhookSecret) {
    fail("STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET must be set together (or neither, for the system provider only)")
  }
  return { apiKey, webhookSecret, apiUrl: readUrl("STRIPE_API_URL") }
}

const databaseSsl = readDatabaseSsl()
const smtpUrl = readUrl("SMTP_URL")
const clientIdentity: ClientIdentityConfig = {
  trustedProxies: readTrustedProxies(),
  storefrontProxySecret: env.STOREFRONT_PROXY_SECRET?.trim() || undefined,
}
const storefrontUrl = env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = env.BACKEND_URL || "http://localhost:9000"
const stripe = readStripe()
const meilisearchHost = readUrl("MEILISEARCH_HOST")

/**
 * Where uploaded and generated files are kept: an S3-compatible bucket when S3_BUCKET is set, otherwise
 * a folder on this machine served by the backend under /uploads (src/api/uploads). The folder is a
 * dot-folder so `medusa develop` does not restart for every file written.
 */
function readFileStorage() {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) {
    return {
      local: { uploadDir: path.resolve(env.UPLOAD_DIR || path.join(process.cwd(), ".data", "uploads")), publicUrl: `${backendUrl}/uploads` },
      s3: null,
    }
  }
  const missing = ["S3_FILE_URL", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_REGION"].filter((name) => !env[name]?.trim())
  if (missing.length) {
    fail(`S3_BUCKET is set, so ${missing.join(", ")} must be set too`)
  }
  return {
    local: null,
    s3: {
      file_url: readUrl("S3_FILE_URL")!,
      access_key_id: env.S3_ACCESS_KEY_ID!.trim(),
      secret_access_key: env.S3_SECRET_ACCESS_KEY!.trim(),
      region: env.S3_REGION!.trim(),
      bucket,
      endpoint: readUrl("S3_ENDPOINT"),
      prefix: env.S3_PREFIX?.trim() || undefined,
      // MinIO and most S3-compatible stores address buckets by path, not by subdomain.
      additional_client_config: { forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" },
    },
  }
}

export const settings = Object.freeze({
  databaseUrl,
  /** TLS options for a managed PostgreSQL, or undefined for a local one. */
  databaseSsl,
  redisUrl,
  workerMode: readWorkerMode(),
  storefrontUrl,
  backendUrl,
  /** Where the backend reaches the storefront from inside a private network (compose: http://storefront:8000). */
  storefrontInternalUrl: env.STOREFRONT_INTERNAL_URL || storefrontUrl,
  disableAdmin: env.DISABLE_ADMIN === "true",
  http: {
    storeCors: env.STORE_CORS || storefrontUrl,
    adminCors: env.ADMIN_CORS || backendUrl,
    authCors: env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
    jwtSecret: env.JWT_SECRET || LOCAL_SECRET,
    cookieSecret: env.COOKIE_SECRET || LOCAL_SECRET,
  },
  clientIdentity,
  /** Shared with the storefront, whose cached pages the backend asks it to drop; unset: none asked. */
  revalidateSecret: env.REVALIDATE_SECRET || undefined,
  // Signs the links in mails (newsletter, autoship reminders): a secret of its own, so a leaked or
  // reused JWT_SECRET forges no unsubscribe or skip.
  newsletterTokenSecret: env.NEWSLETTER_TOKEN_SECRET || LOCAL_NEWSLETTER_SECRET,
  mail: {
    from: env.MAIL_FROM || "Verdant Health Store <hello@verdant.example>",
    smtpUrl,
    outboxDir: env.MAIL_OUTBOX_DIR || path.join(process.cwd(), ".data", "outbox"),
  },
  stripe,
  files: readFileStorage(),
  search: {
    meilisearch: meilisearchHost ? { host: meilisearchHost, apiKey: env.MEILISEARCH_API_KEY } : null,
    indexPrefix: env.SEARCH_INDEX_PREFIX || undefined,
    /** Searches per client and minute on POST /store/search. */
    rateLimitPerMinute: readWholeNumber("SEARCH_RATE_LIMIT_PER_MINUTE", 600, 1),
  },
  comments: {
    blocklist: (env.COMMENT_BLOCKLIST || "casino,viagra,crypto giveaway,payday loan")
      .split(",")
      .map((term) => term.trim())
      .filter(Boolean),
    maxLinks: readWholeNumber("COMMENT_MAX_LINKS", 2, 0),
  },
  /** A restock of n units mails at most n + this many readers waiting for it; the rest, the next restock. */
  stockAlertMargin: readWholeNumber("STOCK_ALERT_MARGIN", 2, 0),
})
