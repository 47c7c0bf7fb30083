/**
 * The one rule for what readers may see: an article that is published and not dated in the future.
 * Store routes, search documents, the newsletter digest and trending all ask it here.
 */
export function publishedFilter(now = new Date()) {
  return { status: "published" as const, published_at: { $lte: now } }
}

/** The same rule for an article already loaded (search documents are built from loaded rows). */
export function isPublished(article: { status: string; published_at?: Date | string | null }, now = new Date()): boolean {
  return article.status === "published" && !!article.published_at && new Date(article.published_at) <= now
}
