import { model } from "@medusajs/framework/utils"
import { Article } from "./article"

export const Author = model.define("author", {
  id: model.id({ prefix: "author" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  bio: model.text().nullable(),
  avatar_url: model.text().nullable(),
  articles: model.hasMany(() => Article, { mappedBy: "author" }),
})
