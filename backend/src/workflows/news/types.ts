import type { ArticleStatus } from "../../modules/news/models/article"

export type Citation = { text: string; doi?: string | null; url?: string | null }

export type ArticleData = {
  handle: string
  title: string
  summary: string
  body: string
  hero_image?: string | null
  status?: ArticleStatus
  published_at?: Date | null
  source_text?: string | null
  source_url?: string | null
  citations?: Citation[] | null
  topic_id: string
  author_id: string
}

/** The data model types `json` columns as objects; citations are stored as a JSON array. */
export function toModelData<T extends Partial<ArticleData>>(data: T) {
  return data as Omit<T, "citations"> & { citations?: Record<string, unknown> | null }
}

/**
 * Publishing without a date means "now"; so does publishing an article whose date is still in the
 * future (it was scheduled). Other changes keep the date as given.
 */
export function withPublicationDate<T extends Partial<ArticleData>>(data: T, current?: Date | null): T {
  if (data.status !== "published" || data.published_at) {
    return data
  }
  const keep = current && current.getTime() <= Date.now()
  return keep ? data : { ...data, published_at: new Date() }
}
