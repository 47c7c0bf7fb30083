/**
 * Site-wide constants: the store's name, public URL and (fictional) contact details.
 * Safe to import from client components (it reads no secrets).
 */

export const STORE_NAME = "Verdant Health Store"
export const STORE_TAGLINE = "Natural supplements & health news"
export const STORE_DESCRIPTION =
  "Natural supplements for fibromyalgia, chronic fatigue, sleep, energy and everyday wellness, with health news you can trust."

const DEFAULT_SITE_URL = "http://localhost:8000"

function readSiteUrl(): URL {
  // Read through an alias so Next.js doesn't inline a build-time value.
  const env = typeof process === "undefined" ? {} : process.env
  const raw = (env as Record<string, string | undefined>).STOREFRONT_URL?.trim()
  if (raw) {
    try {
      const url = new URL(raw)
      if (url.protocol === "http:" || url.protocol === "https:") {
        return new URL(url.origin)
      }
    } catch {
      // fall through to the default
    }
    console.warn(`STOREFRONT_URL "${raw}" is not an http(s) URL; using ${DEFAULT_SITE_URL}`)
  }
  return new URL(DEFAULT_SITE_URL)
}

/** Public origin of the storefront (env `STOREFRONT_URL`), used for canonical URLs and the sitemap. */
export const SITE_URL: URL = readSiteUrl()

/** An absolute URL on this site for a path like "/store". */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).toString()
}

export const CONTACT = {
  street: "214 Fernleaf Lane",
  city: "Asheville",
  region: "NC",
  postalCode: "28801",
  country: "United States",
  phone: "+1-828-555-0142",
  phoneDisplay: "(828) 555-0142",
  email: "care@verdanthealth.example",
  hours: "Mon–Fri, 9am–5pm ET",
} as const
