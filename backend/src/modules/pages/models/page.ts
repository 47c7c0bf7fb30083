import { model } from "@medusajs/framework/utils"

/** One of the store's own pages, at /<handle> on the storefront. */
export const Page = model.define("page", {
  id: model.id({ prefix: "page" }).primaryKey(),
  handle: model.text().unique(),
  title: model.text(),
  summary: model.text().default(""),
  /** Markdown; rendered and sanitised by the storefront. */
  body: model.text(),
  published: model.boolean().default(false),
})
