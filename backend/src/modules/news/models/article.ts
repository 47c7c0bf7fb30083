import { model } from "@medusajs/framework/utils"
import { ARTICLE_STATUSES } from "@supplement-store/contract"
import { Author } from "./author"
import { Topic } from "./topic"

export type { ArticleStatus } from "@supplement-store/contract"

export const Article = model
  .define("article", {
    id: model.id({ prefix: "art" }).primaryKey(),
    handle: model.text().unique(),
    title: model.text().searchable(),
    summary: model.text().searchable(),
    /** Markdown; rendered and sanitised by the storefront. */
    body: model.text(),
    hero_image: model.text().nullable(),
    status: model.enum([...ARTICLE_STATUSES]).default("draft"),
    /** When it went (or goes, for scheduled articles) public. */
    published_at: model.dateTime().nullable(),
    source_text: model.text().nullable(),
    source_url: model.text().nullable(),
    /** `[{ text, doi?, url? }]` */
    citations: model.json().nullable(),
    view_count: model.number().default(0),
    topic: model.belongsTo(() => Topic, { mappedBy: "articles" }),
    author: model.belongsTo(() => Author, { mappedBy: "articles" }),
  })
  .indexes([{ on: ["status", "published_at"] }])
