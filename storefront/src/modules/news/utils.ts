/**
 * Small helpers shared by the newsroom's pages, feeds and components.
 * Free of server-only imports, so client components may use them too.
 */

const DATE_FORMAT = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" })

/** "November 3, 2026" (in UTC, so server and browser always agree); "" for a bad date. */
export function formatArticleDate(iso: string | null | undefined): string {
  if (!iso) return ""
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? "" : DATE_FORMAT.format(date)
}

export function articlePath(handle: string): string {
  return `/news/${encodeURIComponent(handle)}`
}

export function topicPath(handle: string): string {
  return `/news/topic/${encodeURIComponent(handle)}`
}

export function topicFeedPath(handle: string): string {
  return `/news/topic/${encodeURIComponent(handle)}/rss.xml`
}

export const NEWS_PATH = "/news"
export const NEWS_FEED_PATH = "/news/rss.xml"
export const NEWS_TITLE = "Health News"
export const NEWS_DESCRIPTION =
  "Evidence-minded health news on fibromyalgia, chronic fatigue, Lyme disease, supplements and everyday wellness."

/** An http(s) URL string, or null (javascript:, data:, relative or malformed values). */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null
  } catch {
    return null
  }
}

/** https://doi.org/<doi>, keeping the DOI's slashes; null when it doesn't look like a DOI. */
export function doiUrl(doi: string | null | undefined): string | null {
  const trimmed = doi?.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, "")
  if (!trimmed || !/^10\.\S+\/\S+$/.test(trimmed) || trimmed.length > 300) return null
  return `https://doi.org/${encodeURIComponent(trimmed).replace(/%2F/gi, "/")}`
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}
