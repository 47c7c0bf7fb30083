import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import type { ClubPricesQuery, Validated } from "@supplement-store/contract"
import { CLUB } from "../../../../lib/club"

/**
 * GET /store/club/prices?product_id=&region_id=: what a club member pays for each variant of the
 * product, so product pages can show "Club price $x" to everyone. `{ prices: { [variant_id]: amount } }`
 */
export async function GET(req: MedusaRequest<unknown, Validated<typeof ClubPricesQuery>>, res: MedusaResponse) {
  const { product_id, region_id } = req.validatedQuery as Validated<typeof ClubPricesQuery>
  const [group] = await req.scope.resolve(Modules.CUSTOMER).listCustomerGroups({ name: CLUB.group })
  const regions = await req.scope.resolve(Modules.REGION).listRegions({ id: region_id })
  if (!group || !regions.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, !group ? "The club is not set up" : `Region ${region_id} was not found`)
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "calculated_price.calculated_amount"],
    filters: { product_id },
    context: {
      calculated_price: QueryContext({
        region_id,
        currency_code: regions[0].currency_code,
        customer: { groups: [{ id: group.id }] },
      }),
    },
  })

  const variants = data as unknown as { id: string; calculated_price?: { calculated_amount?: number | null } }[]
  const prices = Object.fromEntries(
    variants.flatMap((v) => {
      const amount = v.calculated_price?.calculated_amount
      return amount == null ? [] : [[v.id, amount]]
    })
  )
  res.json({ prices })
}
