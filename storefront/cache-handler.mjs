// Next.js's cache (ISR pages and cached fetches) in Redis, used when REDIS_URL is set (next.config.ts):
// every storefront instance then serves one cache, and a revalidation that reaches one of them (the
// backend calls one address, STOREFRONT_INTERNAL_URL or STOREFRONT_URL) reaches them all. Without it each instance keeps its own cache
// on disk, which is right for a single instance. Next.js loads this file as it is, outside the app's
// bundle, so it reads REDIS_URL and the store's identity itself; the app's settings are in src/lib/config.ts.
import { createHash } from "node:crypto"

import { CacheHandler } from "@fortedigital/nextjs-cache-handler"
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru"
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings"
import { createClient } from "redis"

CacheHandler.onCreation(async ({ buildId }) => {
  // A standalone build (the container image) always loads this file; without Redis it keeps its own.
  if (!process.env.REDIS_URL) {
    return { handlers: [createLruHandler()] }
  }
  const client = createClient({ url: process.env.REDIS_URL })
  // A Redis outage must not take pages down: the client reconnects by itself, reads fail over to a render.
  client.on("error", (error) => console.error("cache: Redis", error.message))
  await client.connect()
  // Entries of one build of one store (stores sharing a Redis, e.g. test runs, never read each other's pages).
  const store = createHash("sha256")
    .update(`${process.env.MEDUSA_BACKEND_URL ?? ""} ${process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY ?? ""}`)
    .digest("hex")
    .slice(0, 16)
  const keyPrefix = `next:${buildId ?? "dev"}:${store}:`
  return {
    handlers: [createRedisHandler({ client, keyPrefix, sharedTagsKey: `${keyPrefix}tags`, sharedTagsTtlKey: `${keyPrefix}tag-ttls` })],
  }
})

export default CacheHandler
