import { model } from "@medusajs/framework/utils"
import { FORUM_POST_STATUSES } from "@supplement-store/contract"
import { Forum } from "./forum"
import { ForumFollow } from "./forum-follow"
import { ForumPost } from "./forum-post"

/**
 * A thread: its first post holds the opening text, and the thread's status is that post's. Replies
 * get consecutive numbers when they first show (`last_number`), so a post's page never changes.
 */
export const ForumThread = model
  .define("forum_thread", {
    id: model.id({ prefix: "fthr" }).primaryKey(),
    /** The title's words and a short unique suffix: the thread's address. */
    handle: model.text().unique(),
    title: model.text(),
    customer_id: model.text(),
    author_name: model.text(),
    status: model.enum([...FORUM_POST_STATUSES]).default("pending"),
    pinned: model.boolean().default(false),
    locked: model.boolean().default(false),
    /** The highest number given to a post of this thread. */
    last_number: model.number().default(0),
    /** Kept by events: approved replies, and the latest approved post. */
    reply_count: model.number().default(0),
    last_post_id: model.text().nullable(),
    last_post_at: model.dateTime().nullable(),
    last_post_author: model.text().nullable(),
    /** Why staff deleted it (the thread is soft-deleted). */
    delete_reason: model.text().nullable(),
    forum: model.belongsTo(() => Forum, { mappedBy: "threads" }),
    posts: model.hasMany(() => ForumPost, { mappedBy: "thread" }),
    follows: model.hasMany(() => ForumFollow, { mappedBy: "thread" }),
  })
  .indexes([
    { on: ["forum_id", "status", "pinned", "last_post_at"] },
    { on: ["status", "created_at"] },
    { on: ["customer_id"] },
  ])
