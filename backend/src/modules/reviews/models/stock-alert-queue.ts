import { model } from "@medusajs/framework/utils"

/**
 * Per variant that readers wait for: whether it was last seen sold out, and how many more alerts the
 * current restock may still send. A restock (sold out → units available) opens a budget of units plus
 * the margin; every later stock event of that restock spends only what is left of it, so repeated or
 * concurrent events never mail more readers than the restock can serve.
 */
export const StockAlertQueue = model
  .define("stock_alert_queue", {
    id: model.id({ prefix: "salq" }).primaryKey(),
    variant_id: model.text(),
    sold_out: model.boolean().default(true),
    mails_left: model.number().default(0),
  })
  .indexes([{ on: ["variant_id"], unique: true, where: "deleted_at IS NULL" }])
