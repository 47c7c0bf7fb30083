import { model } from "@medusajs/framework/utils"

/**
 * A "helpful" vote on a review, one per reader, with the identity rules of article votes: `customer:<id>`
 * or `visitor:<id>` (a signed visitor token) carrying its client's hash of the day, one visitor vote per
 * client, review and day.
 */
export const ReviewVote = model
  .define("review_vote", {
    id: model.id({ prefix: "rvote" }).primaryKey(),
    review_id: model.text(),
    voter_key: model.text(),
    client_hash: model.text().nullable(),
  })
  .indexes([
    { on: ["review_id", "voter_key"], unique: true },
    { on: ["review_id", "client_hash"], unique: true, where: "client_hash IS NOT NULL" },
  ])
