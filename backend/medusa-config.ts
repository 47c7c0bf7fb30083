import { createHash } from "node:crypto"
import { defineConfig } from "@medusajs/framework/utils"
import { settings } from "./src/lib/config"

/**
 * Medusa's configuration, built from `settings` (src/lib/config.ts), where the environment is read and
 * checked. Modules get their options from here, the way Medusa hands them over.
 */
const { databaseUrl, redisUrl, stripe } = settings

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

// Card payments through Stripe when both of its secrets are set; Medusa's system provider
// (`pp_system_default`, no money moves) stays registered either way.
const stripeProviders = stripe
  ? [
      {
        resolve: "./src/modules/stripe-payment",
        id: "stripe",
        options: {
          apiKey: stripe.apiKey,
          webhookSecret: stripe.webhookSecret,
          // Money is taken when the shopper confirms; the order is placed with the payment captured.
          capture: true,
          automaticPaymentMethods: true,
          apiUrl: stripe.apiUrl,
        },
      },
    ]
  : []

// Search: PostgreSQL (Medusa's provider) by default; Meilisearch serves both indexes when
// MEILISEARCH_HOST is set. PostgreSQL stays registered so switching engines can drop its tables.
const { meilisearch } = settings.search
const searchModule = {
  resolve: "@medusajs/medusa/search",
  options: {
    providers: [
      // Medusa's PostgreSQL provider, with typo matching served by its trigram index.
      { resolve: "./src/modules/indexed-postgres-search", id: "postgres", options: { language: "english" } },
      ...(meilisearch ? [{ resolve: "./src/modules/meilisearch", id: "meilisearch", options: meilisearch }] : []),
    ],
    // Providers are named by their identifier here, not by the `id` above.
    default_provider: meilisearch ? "meilisearch" : "search-postgres",
    index_prefix: settings.search.indexPrefix,
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl,
    // A local PostgreSQL speaks without TLS; a managed one sets DATABASE_SSL=true.
    databaseDriverOptions: settings.databaseSsl ? { connection: { ssl: settings.databaseSsl } } : {},
    redisUrl,
    workerMode: settings.workerMode,
    // Medusa's own settings, and beside them who the client is (src/api/utils/client.ts).
    http: { ...settings.http, ...settings.clientIdentity },
  },
  admin: {
    disable: settings.disableAdmin,
    backendUrl: settings.backendUrl,
    storefrontUrl: settings.storefrontUrl,
    path: "/app",
    // The contract is a CommonJS workspace package: Vite pre-bundles it (develop) and converts it
    // (build) like a dependency from node_modules, so admin pages can import its constants.
    vite: () => ({
      optimizeDeps: { include: ["@supplement-store/contract"] },
      build: { commonjsOptions: { include: [/packages[\\/]contract[\\/]/, /node_modules/] } },
    }),
  },
  modules: [
    { resolve: "./src/modules/brand" },
    { resolve: "./src/modules/supplement-facts" },
    { resolve: "./src/modules/news" },
    // First-party attribution: reads, clicks, carts and orders, and the content performance aggregate.
    { resolve: "./src/modules/attribution" },
    searchModule,
    // Comments and forums; forum digests' unfollow links are signed with the mail-link secret (their own JWT audience).
    { resolve: "./src/modules/community", options: { ...settings.comments, tokenSecret: settings.newsletterTokenSecret } },
    // The store's own pages (Our Story, Help, Terms…) and the contact forms' inbox.
    { resolve: "./src/modules/pages" },
    { resolve: "./src/modules/contact" },
    { resolve: "./src/modules/newsletter", options: { tokenSecret: settings.newsletterTokenSecret } },
    // Autoship reminders' skip links are signed with the mail-link secret (their own JWT audience).
    { resolve: "./src/modules/autoship", options: { tokenSecret: settings.newsletterTokenSecret } },
    // Reviews and back-in-stock alerts; alert confirmation links are signed like the newsletter's.
    {
      resolve: "./src/modules/reviews",
      options: { tokenSecret: settings.newsletterTokenSecret, alertMargin: settings.stockAlertMargin },
    },
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
              ...settings.mail,
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
