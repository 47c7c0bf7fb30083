import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { listShippingOptionsForCartWithPricingWorkflow, listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { hasAutoshipLines } from "@supplement-store/contract"
import { AUTOSHIP_SHIPPING_RULE } from "../../lib/autoship/cart"

/**
 * Free autoship delivery is offered to carts that hold an autoship line: its shipping option has the
 * rule `autoship = true`, and this context says whether the cart qualifies. Medusa lists options for
 * a cart in two workflows (the listing and the one that prices a chosen method), so both get it.
 */
async function autoshipContext({ cart }: { cart: { id: string } }, { container }: { container: MedusaContainer }) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "items.metadata"],
    filters: { id: cart.id },
  })
  const items = (data[0]?.items ?? []) as { metadata?: Record<string, unknown> | null }[]
  return new StepResponse({ [AUTOSHIP_SHIPPING_RULE]: hasAutoshipLines(items) ? "true" : "false" })
}

listShippingOptionsForCartWorkflow.hooks.setShippingOptionsContext(autoshipContext)
listShippingOptionsForCartWithPricingWorkflow.hooks.setShippingOptionsContext(autoshipContext)
