import { config } from "./config"

/**
 * Site-wide constants: the store's name and public URL (its phone and address are store settings, see lib/data/pages.ts).
 * Safe to import from client components (in a browser the URL is the local default).
 */

export const STORE_NAME = "Verdant Health Store"
export const STORE_TAGLINE = "Natural supplements & health news"
export const STORE_DESCRIPTION =
  "Natural supplements for fibromyalgia, chronic fatigue, sleep, energy and everyday wellness, with health news you can trust."

/** Public origin of the storefront (env `STOREFRONT_URL`), used for canonical URLs and the sitemap. */
export const SITE_URL: URL = config.siteUrl

/** An absolute URL on this site for a path like "/store". */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).toString()
}

/** The satisfaction guarantee, as the footer and the product pages' "Shipping & Returns" state it. */
export const GUARANTEE = {
  title: "100% satisfaction guarantee",
  text: "If a product doesn't suit you, tell us within 90 days and we'll refund it, even if the bottle is open. No forms, no fuss.",
} as const
