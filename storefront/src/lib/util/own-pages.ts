import { SITE_URL } from "@/lib/site"

/**
 * Whether a POST to one of the storefront's route handlers comes from the storefront's own pages
 * (browsers send `Origin` with every POST): another site could otherwise make its visitors count views
 * or record reads and clicks.
 */
export function fromOwnPages(request: Request): boolean {
  const origin = request.headers.get("origin")
  try {
    return origin !== null && (origin === SITE_URL.origin || new URL(origin).host === request.headers.get("host"))
  } catch {
    return false
  }
}
