import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLUB } from "../../../lib/club"

type PriceInput = { variant_id: string; region_id: string; currency_code: string }

/**
 * What an autoship line costs: the variant's member price (the club's price list, as Medusa's
 * pricing computes it for a member) and its regular price, shown as the price compared at.
 */
export const priceAutoshipLineStep = createStep("price-autoship-line", async ({ variant_id, region_id, currency_code }: PriceInput, { container }) => {
  const [group] = await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: CLUB.group })
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "calculated_price.calculated_amount", "calculated_price.original_amount"],
    filters: { id: variant_id },
    context: {
      calculated_price: QueryContext({ region_id, currency_code, ...(group ? { customer: { groups: [{ id: group.id }] } } : {}) }),
    },
  })
  const price = (data[0] as { calculated_price?: { calculated_amount?: number | null; original_amount?: number | null } } | undefined)?.calculated_price
  if (price?.calculated_amount == null) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This product cannot be bought in your region")
  }
  const regular = price.original_amount ?? price.calculated_amount
  return new StepResponse({ unit_price: price.calculated_amount, compare_at_unit_price: regular > price.calculated_amount ? regular : undefined })
})
