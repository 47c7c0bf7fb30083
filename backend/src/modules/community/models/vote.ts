import { model } from "@medusajs/framework/utils"

/**
 * One vote per article and voter: `customer:<id>` for customers, `visitor:<id>` for signed visitor tokens.
 * A visitor's vote also carries its client's hash for the day (address and day, salted), and one client
 * has one visitor vote per article and day: a dropped or changed token adds none.
 */
export const Vote = model
  .define("vote", {
    id: model.id({ prefix: "vote" }).primaryKey(),
    article_id: model.text(),
    voter_key: model.text(),
    client_hash: model.text().nullable(),
  })
  .indexes([
    { on: ["article_id", "voter_key"], unique: true },
    { on: ["article_id", "client_hash"], unique: true, where: "client_hash IS NOT NULL" },
  ])
