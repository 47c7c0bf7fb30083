import "server-only"

import { isApiError } from "@supplement-store/contract"

import { config, requirePublishableKey } from "@/lib/config"
import { sdk } from "@/lib/sdk"
import { StoreApiError } from "@/lib/util/errors"

/** How long (seconds) cached catalogue responses stay fresh in Next's data cache. */
export const REVALIDATE_SECONDS = 60

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

/**
 * A request a reader makes to one of our own Store API routes, never cached. Unlike the sdk, which
 * keeps only a refusal's message, it throws the contract's whole error (`type`, `fields`,
 * `retry_after`) as a `StoreApiError`, so forms show the backend's words beside the right field.
 */
export async function storeSend<T>(
  path: string,
  { method = "POST", body, query, headers = {} }: { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Record<string, string>; headers?: Record<string, string> }
): Promise<T> {
  const url = new URL(path, config.backendUrl)
  for (const [key, value] of Object.entries(query ?? {})) {
    url.searchParams.set(key, value)
  }
  const response = await fetch(url, {
    method,
    headers: {
      accept: "application/json",
      "x-publishable-api-key": requirePublishableKey(),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  })
  const payload: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    throw new StoreApiError(
      response.status,
      isApiError(payload) ? payload : { type: "unexpected_state", message: response.statusText }
    )
  }
  return payload as T
}
