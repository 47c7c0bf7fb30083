import { z } from "@medusajs/framework/zod"
import { ARTICLE_STATUSES } from "../../../modules/news/models/article"

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const Citation = z.object({
  text: z.string().trim().min(1, "a citation needs its text").max(1000),
  doi: z
    .string()
    .trim()
    .regex(/^10\.\d{4,9}\/\S+$/, "doi must look like 10.1234/abc")
    .nullish(),
  url: z.string().url("citation url must be a URL").nullish(),
})

const ArticleFields = z.object({
  title: z.string().trim().min(1, "title is required").max(200),
  handle: z.string().regex(HANDLE, "handle must be lowercase words joined by dashes").max(200),
  summary: z.string().trim().max(500).default(""),
  body: z.string().max(100_000).default(""),
  hero_image: z.string().url("hero_image must be a URL").nullish(),
  topic_id: z.string().min(1, "topic_id is required"),
  author_id: z.string().min(1, "author_id is required"),
  status: z.enum(ARTICLE_STATUSES).default("draft"),
  published_at: z.coerce.date().nullish(),
  source_text: z.string().max(500).nullish(),
  source_url: z.string().url("source_url must be a URL").nullish(),
  citations: z.array(Citation).max(50).nullish(),
  featured_product_ids: z.array(z.string().min(1)).max(12, "at most 12 featured products").optional(),
})

function scheduleIsInTheFuture(data: { status?: string; published_at?: Date | null }) {
  return data.status !== "scheduled" || (!!data.published_at && data.published_at.getTime() > Date.now())
}
const SCHEDULE_MESSAGE = { message: "a scheduled article needs published_at in the future", path: ["published_at"] }

export const AdminCreateArticle = ArticleFields.strict().refine(scheduleIsInTheFuture, SCHEDULE_MESSAGE)
export type AdminCreateArticleType = z.infer<typeof AdminCreateArticle>

export const AdminUpdateArticle = ArticleFields.partial()
  .extend({ status: z.enum(ARTICLE_STATUSES).optional(), summary: z.string().trim().max(500).optional(), body: z.string().max(100_000).optional() })
  .strict()
  .refine(scheduleIsInTheFuture, SCHEDULE_MESSAGE)
export type AdminUpdateArticleType = z.infer<typeof AdminUpdateArticle>

export const AdminListArticlesParams = z
  .object({
    status: z.enum(ARTICLE_STATUSES).optional(),
    q: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListArticlesParamsType = z.infer<typeof AdminListArticlesParams>

export const AdminCreateTopic = z
  .object({
    name: z.string().trim().min(1, "name is required").max(120),
    handle: z.string().regex(HANDLE, "handle must be lowercase words joined by dashes").max(120),
    description: z.string().max(1000).nullish(),
  })
  .strict()
export type AdminCreateTopicType = z.infer<typeof AdminCreateTopic>

export const AdminCreateAuthor = z
  .object({
    name: z.string().trim().min(1, "name is required").max(120),
    handle: z.string().regex(HANDLE, "handle must be lowercase words joined by dashes").max(120),
    bio: z.string().max(2000).nullish(),
    avatar_url: z.string().url("avatar_url must be a URL").nullish(),
  })
  .strict()
export type AdminCreateAuthorType = z.infer<typeof AdminCreateAuthor>
