import { model } from "@medusajs/framework/utils"
import { AUTOSHIP_STATUSES } from "@supplement-store/contract"
import { AutoshipCycle } from "./autoship-cycle"
import { AutoshipLine } from "./autoship-line"

/**
 * A customer's standing order: its lines ship together every `interval_days`, to the address and by
 * the shipping option of the order it came from, paid the way that order was.
 */
export const Autoship = model
  .define("autoship", {
    id: model.id({ prefix: "ashp" }).primaryKey(),
    customer_id: model.text(),
    email: model.text(),
    status: model.enum([...AUTOSHIP_STATUSES]).default("active"),
    interval_days: model.number(),
    next_order_at: model.dateTime(),
    paused_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    region_id: model.text(),
    currency_code: model.text(),
    sales_channel_id: model.text().nullable(),
    shipping_address: model.json(),
    shipping_option_id: model.text(),
    /** `pp_system_default` (pay on delivery) or `pp_stripe_stripe` (the saved card, off-session). */
    payment_provider_id: model.text(),
    payment_method_id: model.text().nullable(),
    payment_label: model.text(),
    /** Declined renewals in a row; the next retry is at `retry_at`. */
    payment_failures: model.number().default(0),
    retry_at: model.dateTime().nullable(),
    /** The next_order_at the reminder mail was sent for, so it goes once per shipment. */
    reminded_for: model.dateTime().nullable(),
    /** In every signed link; a change of plan bumps it, so older reminder links stop working. */
    token_version: model.number().default(1),
    created_from_order_id: model.text().nullable(),
    lines: model.hasMany(() => AutoshipLine, { mappedBy: "autoship" }),
    cycles: model.hasMany(() => AutoshipCycle, { mappedBy: "autoship" }),
  })
  .cascades({ delete: ["lines", "cycles"] })
  .indexes([
    { on: ["customer_id"] },
    { on: ["status", "next_order_at"] },
    // One autoship per interval of an order, however often `order.placed` is delivered.
    { on: ["created_from_order_id", "interval_days"], unique: true, where: "created_from_order_id IS NOT NULL AND deleted_at IS NULL" },
  ])
