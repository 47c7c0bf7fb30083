import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLUB } from "../../../lib/club"
import { AUTOSHIP_MODULE } from "../../../modules/autoship"
import type AutoshipModuleService from "../../../modules/autoship/service"
import { keepsMembership } from "../../../modules/autoship/transitions"

type Change = { customer_id: string; group_id: string; joined: boolean } | null

/**
 * Puts the customer in the club's customer group when one of their autoships keeps them a member, and
 * takes them out when none does; undone by the opposite move.
 */
export const syncClubMembershipStep = createStep(
  "sync-club-membership",
  async ({ customer_id, now }: { customer_id: string; now?: Date }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [group] = await customers.listCustomerGroups({ name: CLUB.group })
    if (!group) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `The ${CLUB.group} is not set up in this store`)
    }
    const autoships = await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).listAutoships({ customer_id, status: ["active", "paused", "payment_failed"] })
    const member = autoships.some((autoship) => keepsMembership(autoship, now ? new Date(now) : new Date()))
    const [customer] = await customers.listCustomers({ id: customer_id }, { relations: ["groups"] })
    const inGroup = !!customer?.groups?.some((g) => g.id === group.id)
    if (!customer || member === inGroup) {
      return new StepResponse({ member }, null as Change)
    }
    const pair = { customer_id, customer_group_id: group.id }
    await (member ? customers.addCustomerToGroup(pair) : customers.removeCustomerFromGroup(pair))
    return new StepResponse({ member }, { customer_id, group_id: group.id, joined: member } as Change)
  },
  async (change, { container }) => {
    if (!change) {
      return
    }
    const customers = container.resolve(Modules.CUSTOMER)
    const pair = { customer_id: change.customer_id, customer_group_id: change.group_id }
    await (change.joined ? customers.removeCustomerFromGroup(pair) : customers.addCustomerToGroup(pair))
  }
)
