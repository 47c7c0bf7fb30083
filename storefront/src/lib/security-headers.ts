/**
 * The storefront's security headers (docs/security.md). Kept free of imports so next.config.ts can
 * load it: next.config sends the headers every response gets, src/proxy.ts the Content-Security-Policy,
 * which depends on the route's class.
 *
 * Pages that are the same for every visitor (home, store, products, news...) are cached (ISR): their
 * HTML is rendered once and cannot carry a per-request nonce, and Next.js's inline bootstrap scripts
 * (the RSC payload) differ per page and per regeneration, so no header can list their hashes. They get
 * `'self' 'unsafe-inline'` plus Stripe. Pages rendered per request anyway (they read the shopper's
 * cookies or query) get a nonce with 'strict-dynamic': no inline script runs without it.
 */

/** Routes rendered per request: a nonce costs them no cache. Everything else is cached or static. */
export const DYNAMIC_ROUTE_PREFIXES = ["/checkout", "/cart", "/account", "/newsletter", "/order", "/search"] as const

export function isDynamicRoute(pathname: string): boolean {
  return DYNAMIC_ROUTE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))
}

/** Stripe.js and its frames (Payment Element, 3-D Secure), as Stripe's CSP guide lists them. */
const STRIPE_SCRIPTS = "https://js.stripe.com"
const STRIPE_FRAMES = "https://js.stripe.com https://hooks.stripe.com"
const STRIPE_API = "https://api.stripe.com"

type PolicyOptions = {
  /** A fresh nonce for a page rendered per request; none for cached pages. */
  nonce?: string
  /** `next dev` evaluates code and talks to its HMR socket. */
  development: boolean
  /** Where product images come from when next/image does not proxy them (the backend's files). */
  imageOrigins?: string[]
}

export function contentSecurityPolicy({ nonce, development, imageOrigins = [] }: PolicyOptions): string {
  const scripts = nonce
    ? `'self' 'nonce-${nonce}' 'strict-dynamic' ${STRIPE_SCRIPTS}`
    : `'self' 'unsafe-inline' ${STRIPE_SCRIPTS}`
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    // Styles cannot run code; Stripe.js and React's style props set inline styles.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: https: ${imageOrigins.join(" ")}`.trim(),
    "font-src 'self' data:",
    `connect-src 'self' ${STRIPE_API}${development ? " ws: wss:" : ""}`,
    `frame-src ${STRIPE_FRAMES}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
  return directives.join("; ")
}

/** What every response carries, whatever its route (next.config.ts `headers()`). */
export function securityHeaders({ production }: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=(), payment=(self \"https://js.stripe.com\")" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ]
}
