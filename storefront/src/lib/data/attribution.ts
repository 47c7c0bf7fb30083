import "server-only"

import { OPT_OUT_HEADERS, VISITOR_TOKEN_HEADER, type AttributionRecordResponse } from "@supplement-store/contract"
import { headers } from "next/headers"

import { getVisitorToken, setVisitorToken } from "@/lib/data/cookies"
import { readerHeaders } from "@/lib/data/reader"
import { storeSend } from "@/lib/data/store-fetch"

/**
 * First-party attribution (docs/attribution.md): the articles a reader read, the featured products they
 * clicked from one, and the cart they then filled, recorded under the anonymous visitor token only.
 * A reader whose browser sends `DNT: 1` or `Sec-GPC: 1` is never recorded: nothing is sent at all.
 * Only within a request (reads its headers and cookies).
 */

/** The reader's own opt-out headers as they came (the backend honours them too, so they travel along). */
async function optOutHeaders(): Promise<Record<string, string>> {
  const incoming = await headers()
  const found: Record<string, string> = {}
  for (const name of OPT_OUT_HEADERS) {
    const value = incoming.get(name)
    if (value !== null) {
      found[name] = value
    }
  }
  return found
}

/**
 * Sends one attribution record with who the reader is (address, visitor token, opt-out headers), and
 * keeps the visitor token the backend hands out to a reader who had none. Null when the reader opted out.
 */
async function record(path: string, body: unknown): Promise<AttributionRecordResponse | null> {
  const forwarded = await optOutHeaders()
  // Do Not Track or Global Privacy Control: the reader asked not to be followed.
  if (Object.values(forwarded).some((value) => value.trim() === "1")) {
    return null
  }
  const visitorToken = await getVisitorToken()
  const result = await storeSend<AttributionRecordResponse>(path, {
    body,
    headers: { ...(await readerHeaders()), ...forwarded, ...(visitorToken ? { [VISITOR_TOKEN_HEADER]: visitorToken } : {}) },
  })
  if (result.visitor_token) {
    await setVisitorToken(result.visitor_token)
  }
  return result
}

/** The reader read this article (sent with the article's view count). */
export function recordArticleRead(articleHandle: string) {
  return record("/store/attribution/reads", { article_handle: articleHandle })
}

/** The reader clicked this featured product on this article. */
export function recordArticleClick(articleHandle: string, productId: string) {
  return record("/store/attribution/clicks", { article_handle: articleHandle, product_id: productId })
}

/** The reader just added this product to this cart: the cart takes the reader's attribution along to its order. */
export function recordCartAttribution(cartId: string, productId: string) {
  return record(`/store/carts/${encodeURIComponent(cartId)}/attribution`, { product_id: productId })
}
