import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { CheckoutCart, claimCheckoutUnitsStep } from "./steps/claim-checkout-units"

// What Medusa's completion reads to reserve stock, for the same answer ahead of it.
const CHECKOUT_CART_FIELDS = [
  "id",
  "completed_at",
  "sales_channel_id",
  "items.quantity",
  "items.product_title",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.location_levels.location_id",
  "items.variant.inventory_items.inventory.location_levels.stock_locations.sales_channels.id",
]

/** Before a cart is completed: refuses it when its items are sold out, and claims the units it will buy. */
export const claimCheckoutUnitsWorkflow = createWorkflow("claim-checkout-units", (input: { cart_id: string }) => {
  const { data } = useQueryGraphStep({
    entity: "cart",
    fields: CHECKOUT_CART_FIELDS,
    filters: { id: input.cart_id },
    options: { isList: false },
  })
  const cart = transform({ data }, ({ data }) => data as unknown as CheckoutCart)
  return new WorkflowResponse(claimCheckoutUnitsStep(cart))
})
