import { model } from "@medusajs/framework/utils"
import { AUTOSHIP_CYCLE_OUTCOMES } from "@supplement-store/contract"
import { Autoship } from "./autoship"

/**
 * One due date of an autoship and what became of it. The unique (autoship, due date) pair is the
 * cycle key: whichever worker inserts it renews that date, every other worker skips it.
 */
export const AutoshipCycle = model
  .define("autoship_cycle", {
    id: model.id({ prefix: "ashc" }).primaryKey(),
    due_at: model.dateTime(),
    outcome: model.enum([...AUTOSHIP_CYCLE_OUTCOMES]).default("processing"),
    /** When a worker took the cycle; a `processing` cycle older than the claim timeout is taken over. */
    claimed_at: model.dateTime(),
    attempts: model.number().default(1),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    missing_variant_ids: model.array(),
    message: model.text().nullable(),
    autoship: model.belongsTo(() => Autoship, { mappedBy: "cycles" }),
  })
  .indexes([
    { on: ["autoship_id", "due_at"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"] },
  ])
