import { model } from "@medusajs/framework/utils"
import { SUPPLEMENT_FORMS } from "@supplement-store/contract"

/**
 * A product's label, one per product (`product_id`, read through the product-supplement-facts link).
 * `ingredients` holds the label's table as the contract's schema validated it on write.
 */
export const SupplementFacts = model
  .define("supplement_facts", {
    id: model.id({ prefix: "sfacts" }).primaryKey(),
    product_id: model.text(),
    serving_size: model.text(),
    servings_per_container: model.number(),
    form: model.enum([...SUPPLEMENT_FORMS]),
    ingredients: model.json(),
    other_ingredients: model.array(),
    diets: model.array(),
    suggested_use: model.text(),
    warnings: model.text().nullable(),
    third_party_tested: model.boolean().default(false),
  })
  .indexes([
    { on: ["product_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["form"], where: "deleted_at IS NULL" },
  ])
