import "server-only"

import { requirePublishableKey } from "@/lib/config"
import { sdk } from "@/lib/sdk"

/** How long (seconds) cached catalogue responses stay fresh in Next's data cache. */
export const REVALIDATE_SECONDS = 60

/** Cache tags, for on-demand invalidation with `revalidateTag`. */
export const CACHE_TAGS = {
  regions: "regions",
  products: "products",
} as const

type Query = Record<string, string | number | boolean | string[] | undefined>

/**
 * GET a Store API route through the shared sdk client, cached by Next.js.
 *
 * The sdk's resource helpers (`sdk.store.product.list`, ...) only accept
 * headers, so caching options are passed through `sdk.client.fetch`, which
 * forwards any extra `RequestInit` field (here `next`) to the native fetch.
 */
export async function storeGet<T>(path: string, query: Query, tags: string[]): Promise<T> {
  requirePublishableKey()
  return sdk.client.fetch<T>(path, {
    method: "GET",
    query,
    next: { revalidate: REVALIDATE_SECONDS, tags },
  })
}
