import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CLUB } from "../lib/club"
import { AUTOSHIP_MODULE } from "../modules/autoship"
import type AutoshipModuleService from "../modules/autoship/service"
import { ensureAutoshipShipping } from "../scripts/seed-data/seed-store"

/**
 * The club becomes the autoship programme (runs once, with `db:migrate`). Stores seeded before get
 * free autoship delivery; customers who joined by the former free "join" button, and so hold no
 * autoship, leave the club's customer group: member prices are now for autoship members (README).
 */
export default async function autoshipClub({ container }: ExecArgs) {
  await ensureAutoshipShipping(container)
  const customers = container.resolve(Modules.CUSTOMER)
  const [group] = await customers.listCustomerGroups({ name: CLUB.group }, { relations: ["customers"] })
  if (!group?.customers?.length) {
    return
  }
  const autoships = await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).listAutoships({ status: ["active", "paused", "payment_failed"] })
  const holders = new Set(autoships.map((autoship) => autoship.customer_id))
  const joinedByButton = group.customers.flatMap((customer) => (customer.id && !holders.has(customer.id) ? [customer.id] : []))
  if (joinedByButton.length) {
    await customers.removeCustomerFromGroup(joinedByButton.map((customer_id) => ({ customer_id, customer_group_id: group.id })))
  }
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`autoship club: ${joinedByButton.length} member(s) without an autoship left the ${CLUB.group}`)
}
