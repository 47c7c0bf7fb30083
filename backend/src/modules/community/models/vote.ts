import { model } from "@medusajs/framework/utils"

/** One vote per article and voter: `customer:<id>` for customers, `visitor:<id>` for signed visitor tokens. */
export const Vote = model
  .define("vote", {
    id: model.id({ prefix: "vote" }).primaryKey(),
    article_id: model.text(),
    voter_key: model.text(),
  })
  .indexes([{ on: ["article_id", "voter_key"], unique: true }])
