import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ClubMembershipResponse } from "@supplement-store/contract"
import { AUTOSHIP_MODULE } from "../../modules/autoship"
import type AutoshipModuleService from "../../modules/autoship/service"
import { keepsMembership, membershipGraceEnd } from "../../modules/autoship/transitions"
import { CLUB } from "../club"

/**
 * The customer's standing in the club, read from their autoships (which keep the club's customer
 * group in step), and what member prices saved on their orders: the difference between each line's
 * original and charged amounts, as Medusa records it per order line.
 */
export async function clubMembership(container: MedusaContainer, customerId: string): Promise<ClubMembershipResponse> {
  const now = new Date()
  const autoships = await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).listAutoships({ customer_id: customerId })
  const keeping = autoships.filter((autoship) => keepsMembership(autoship, now))
  const active = keeping.filter((autoship) => autoship.status !== "paused")
  const graceEnds = keeping.map(membershipGraceEnd)
  const memberUntil = active.length || !keeping.length ? null : new Date(Math.max(...graceEnds.map((end) => end!.getTime())))

  const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    // The whole item: an order item's quantity and prices are its detail's, which a narrower selection leaves out.
    fields: ["currency_code", "items.*"],
    filters: { customer_id: customerId },
  })
  let saved = 0
  for (const order of orders) {
    for (const item of order.items ?? []) {
      const compareAt = Number(item?.compare_at_unit_price ?? 0)
      if (item && compareAt > Number(item.unit_price)) {
        saved += (compareAt - Number(item.unit_price)) * Number(item.quantity)
      }
    }
  }
  return {
    member: keeping.length > 0,
    member_until: memberUntil?.toISOString() ?? null,
    group: { name: CLUB.group },
    percent_off: CLUB.percentOff,
    active_autoships: active.length,
    savings: orders.length ? { amount: Math.round(saved * 100) / 100, currency_code: orders[0].currency_code } : null,
  }
}
