import type { ArticleSearchDocument } from "@supplement-store/contract"
import { isPublished } from "../../modules/news/published"
import { synonymText } from "./synonyms"

export const ARTICLE_SOURCE_FIELDS = [
  "id",
  "handle",
  "title",
  "summary",
  "hero_image",
  "status",
  "published_at",
  "topic.name",
  "topic.handle",
  "author.name",
]

export type SourceArticle = {
  id: string
  handle: string
  title: string
  summary: string
  hero_image?: string | null
  status: string
  published_at?: Date | string | null
  topic?: { name: string; handle: string } | null
  author?: { name: string } | null
}

/**
 * Only what readers can open: published and not dated in the future. Drafts, scheduled and
 * unpublished articles get no document, so their events take them out of the index.
 */
export function toArticleDocuments(rows: SourceArticle[], now = new Date()): ArticleSearchDocument[] {
  return rows
    .filter((row) => isPublished(row, now))
    .map((row) => ({
      id: row.id,
      handle: row.handle,
      title: row.title,
      summary: row.summary,
      hero_image: row.hero_image ?? null,
      published_at: new Date(row.published_at!).toISOString(),
      topic: row.topic?.name ?? null,
      topic_handle: row.topic?.handle ?? null,
      author: row.author?.name ?? null,
      synonyms: synonymText(row.title, row.summary, row.topic?.name),
    }))
}
