import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FieldError } from "../../../lib/field-error"
import { variantStock } from "../../../lib/reviews/stock-alerts"

export type CheckVariantSoldOutInput = {
  variant_id: string
  /** The sales channels of the asking storefront (its publishable key): the variant must be sold there. */
  sales_channel_ids: string[]
}

/** A reader may wait only for a published variant of this store whose counted stock is used up. */
export const checkVariantSoldOutStep = createStep("check-variant-sold-out", async ({ variant_id, sales_channel_ids }: CheckVariantSoldOutInput, { container }) => {
  const variant = (await variantStock(container, [variant_id])).get(variant_id)
  const soldHere = variant?.sales_channel_ids.some((id) => sales_channel_ids.includes(id))
  if (!variant || !variant.published || !soldHere) {
    throw new FieldError({ variant_id: "Choose a product option" })
  }
  if (!variant.tracked || variant.available > 0) {
    throw new FieldError({ variant_id: "This product is in stock" }, "invalid_data", "This product is in stock")
  }
  return new StepResponse(variant)
})
