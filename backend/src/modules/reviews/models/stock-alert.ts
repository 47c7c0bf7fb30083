import { model } from "@medusajs/framework/utils"
import { STOCK_ALERT_STATUSES } from "@supplement-store/contract"

export type { StockAlertStatus } from "@supplement-store/contract"

/**
 * A reader waiting for a sold-out variant. A guest's alert is `pending` until the mailed link confirms
 * the address; a customer's starts `waiting`. A restock turns the oldest waiting alerts to `sent`, once.
 */
export const StockAlert = model
  .define("stock_alert", {
    id: model.id({ prefix: "salrt" }).primaryKey(),
    variant_id: model.text(),
    product_id: model.text(),
    email: model.text(),
    customer_id: model.text().nullable(),
    status: model.enum([...STOCK_ALERT_STATUSES]).default("pending"),
    /** When the reader confirmed (or, for a customer, asked): the queue's order. */
    confirmed_at: model.dateTime().nullable(),
    notified_at: model.dateTime().nullable(),
    /** When the last confirmation mail went out: a guest asking again is mailed at most once per window. */
    confirmation_sent_at: model.dateTime().nullable(),
    client_hash: model.text(),
  })
  .indexes([
    { on: ["variant_id", "email"], unique: true, where: "status IN ('pending', 'waiting') AND deleted_at IS NULL" },
    { on: ["variant_id", "status", "confirmed_at"] },
    { on: ["product_id", "status"] },
  ])
