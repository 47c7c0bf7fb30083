/**
 * The reader's address as the nearest proxy saw it: the last X-Forwarded-For
 * entry (earlier ones are whatever the client claimed), else X-Real-IP.
 * Null when missing or not an IP-looking value.
 *
 * The storefront passes it on to the backend as X-Forwarded-For on every write
 * it forwards (views, votes, comments): the backend trusts one proxy hop, so
 * its rate limits and duplicate checks then count the reader, not the storefront.
 */
export function visitorIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).pop()
  const ip = last || headers.get("x-real-ip")?.trim() || null
  return ip && ip.length <= 64 && /^[0-9a-fA-F:.]+$/.test(ip) ? ip : null
}
