/**
 * A forum post is plain text: these pieces are what the page makes of it, as React elements and
 * never as HTML. Web addresses become links; an address of one of this store's product pages
 * becomes a product card when the backend found the product. Free of server-only imports.
 */

export type PostPiece =
  | { kind: "text"; text: string }
  | { kind: "link"; href: string; text: string }
  | { kind: "product"; handle: string; href: string; text: string }

// http(s) addresses up to whitespace or characters that never end one in running text, and this
// store's product paths written without a host ("/products/x", as the backend also reads them).
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+|(?<=^|[\s(])\/products\/[a-z0-9]+(?:-[a-z0-9]+)*\/?(?=$|[\s).,;:!?])/gi
// Punctuation a sentence puts after an address ("see https://x.org/a.") is not part of it.
const TRAILING = /[.,;:!?*_~]+$/
const PRODUCT_PATH = /^\/products\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/

/** The address with trailing punctuation (and a closing parenthesis it doesn't open) left out. */
function trimAddress(raw: string): string {
  let address = raw
  for (;;) {
    const before = address
    address = address.replace(TRAILING, "")
    const opens = address.split("(").length - 1
    const closes = address.split(")").length - 1
    if (address.endsWith(")") && closes > opens) {
      address = address.slice(0, -1)
    }
    if (address === before) return address
  }
}

/** A URL of this store's product page: the product's handle; else null. */
function productHandle(url: URL, siteHost: string): string | null {
  if (url.host !== siteHost) return null
  return url.pathname.match(PRODUCT_PATH)?.[1] ?? null
}

/**
 * Splits a post into text, links and product mentions. `siteHost` is this store's host (a
 * product link elsewhere stays a link); `products` the handles the backend resolved.
 */
export function postPieces(text: string, siteHost: string, products: ReadonlySet<string> = new Set()): PostPiece[] {
  const pieces: PostPiece[] = []
  let last = 0
  const push = (piece: string) => {
    if (!piece) return
    const previous = pieces[pieces.length - 1]
    if (previous?.kind === "text") previous.text += piece
    else pieces.push({ kind: "text", text: piece })
  }
  for (const found of text.matchAll(URL_PATTERN)) {
    const start = found.index!
    const address = trimAddress(found[0])
    let url: URL | null = null
    try {
      url = new URL(address, `https://${siteHost}`)
    } catch {
      // Not an address after all: it stays text.
    }
    if (!url || !address) continue
    const handle = productHandle(url, siteHost)
    const isProduct = handle !== null && products.has(handle)
    // A product path of no product the backend found stays text.
    if (!isProduct && address.startsWith("/")) continue
    push(text.slice(last, start))
    if (isProduct) {
      pieces.push({ kind: "product", handle: handle!, href: `/products/${handle}`, text: address })
    } else {
      pieces.push({ kind: "link", href: url.toString(), text: address })
    }
    last = start + address.length
  }
  push(text.slice(last))
  return pieces
}
