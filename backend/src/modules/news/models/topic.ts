import { model } from "@medusajs/framework/utils"
import { Article } from "./article"

export const Topic = model.define("topic", {
  id: model.id({ prefix: "topic" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  description: model.text().nullable(),
  articles: model.hasMany(() => Article, { mappedBy: "topic" }),
})
