import { model } from "@medusajs/framework/utils"
import { Autoship } from "./autoship"

export const AutoshipLine = model
  .define("autoship_line", {
    id: model.id({ prefix: "ashl" }).primaryKey(),
    variant_id: model.text(),
    quantity: model.number(),
    autoship: model.belongsTo(() => Autoship, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["autoship_id", "variant_id"], unique: true, where: "deleted_at IS NULL" }])
