import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Every setting comes from the environment, read here once. Local defaults match what `npm start`
 * sets up: the embedded PostgreSQL on port 5433, storefront on :8000, backend on :9000.
 */
const EMBEDDED_DATABASE_URL = "postgres://postgres:postgres@localhost:5433/medusa_store"

function fail(message: string): never {
  // One clear line instead of a stack trace from deep inside a loader.
  console.error(`Configuration error: ${message}`)
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

const jwtSecret = process.env.JWT_SECRET || "supersecret"
const cookieSecret = process.env.COOKIE_SECRET || "supersecret"
if (isProduction && (jwtSecret === "supersecret" || cookieSecret === "supersecret")) {
  fail("JWT_SECRET and COOKIE_SECRET must be set to real secrets when NODE_ENV=production")
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
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
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
    databaseDriverOptions:
      process.env.DATABASE_SSL === "true" ? { connection: { ssl: { rejectUnauthorized: false } } } : {},
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret,
      cookieSecret,
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
    {
      // Emails are logged for now; the newsletter issue adds SMTP and the local outbox.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } },
        ],
      },
    },
    ...redisModules,
  ],
})
