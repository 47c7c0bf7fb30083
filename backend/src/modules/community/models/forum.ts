import { model } from "@medusajs/framework/utils"
import { ForumThread } from "./forum-thread"

/**
 * One forum per health topic (and a few of the store's own). Counts and the latest post are kept by
 * events (`refreshForumActivity`), never counted per request.
 */
export const Forum = model
  .define("forum", {
    id: model.id({ prefix: "forum" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text(),
    description: model.text().default(""),
    /** The news topic it discusses (by handle: modules do not import each other). */
    topic_handle: model.text().nullable(),
    /** Place in the forum index, lowest first. */
    rank: model.number().default(0),
    /** Archived forums are read-only and leave the index; their threads stay readable. */
    archived_at: model.dateTime().nullable(),
    thread_count: model.number().default(0),
    post_count: model.number().default(0),
    last_post_id: model.text().nullable(),
    last_post_at: model.dateTime().nullable(),
    threads: model.hasMany(() => ForumThread, { mappedBy: "forum" }),
  })
  .indexes([{ on: ["rank"] }, { on: ["topic_handle"] }])
