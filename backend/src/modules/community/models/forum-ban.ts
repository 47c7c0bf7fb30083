import { model } from "@medusajs/framework/utils"

/** A customer staff banned from posting in the forums. */
export const ForumBan = model
  .define("forum_ban", {
    id: model.id({ prefix: "fban" }).primaryKey(),
    customer_id: model.text(),
    reason: model.text(),
    /** The staff user who banned. */
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
