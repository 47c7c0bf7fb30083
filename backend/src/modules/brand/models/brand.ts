import { model } from "@medusajs/framework/utils"

export const Brand = model.define("brand", {
  id: model.id({ prefix: "brand" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  description: model.text().nullable(),
  // A generated logo by default (seed); staff may point it at an uploaded file instead.
  logo_url: model.text().nullable(),
})
