/**
 * The reader's address, as `server.mjs` decided it from the socket and the storefront's TRUSTED_PROXIES
 * (it replaces any copy a client sent). Null when missing or not an IP-looking value, e.g. under a bare
 * `next start`, which has no such server: the backend then counts the storefront itself.
 */
export function visitorIp(headers: Headers): string | null {
  const ip = headers.get("x-reader-address")?.trim()
  return ip && ip.length <= 64 && /^[0-9a-fA-F:.]+$/.test(ip) ? ip : null
}
