import { SITE_URL } from "@/lib/site"

const ACCOUNT = "/account"

/**
 * Where to go after logging in or registering (`?next=`): the path as the browser will read it,
 * only when it stays on this storefront, else the account page. Parsing is what the browser does:
 * `/%09/evil.example` or `/\evil.example` look like paths but read as `//evil.example`.
 */
export function safeNextPath(raw: unknown): string {
  if (typeof raw !== "string" || !raw.startsWith("/")) {
    return ACCOUNT
  }
  let url: URL
  try {
    url = new URL(raw, SITE_URL)
  } catch {
    return ACCOUNT
  }
  // A path that normalises to `//host` (`/.//evil.example`) would be read as another site again.
  if (url.origin !== SITE_URL.origin || url.pathname.startsWith("//")) {
    return ACCOUNT
  }
  return `${url.pathname}${url.search}${url.hash}`
}
