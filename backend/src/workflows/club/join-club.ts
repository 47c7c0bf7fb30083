import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkCustomersToCustomerGroupStep, refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartOwnerStep } from "./steps/assert-cart-owner"
import { findClubGroupStep } from "./steps/find-club-group"

type JoinClubInput = { customer_id: string; cart_id?: string }

/**
 * Puts the customer in the club's customer group (a no-op for members), then reprices their open
 * cart so member prices apply to what is already in it.
 */
export const joinClubWorkflow = createWorkflow("join-club", (input: JoinClubInput) => {
  const group = findClubGroupStep()
  const link = transform({ group, input }, ({ group, input }) => ({ id: group.id, add: [input.customer_id] }))
  linkCustomersToCustomerGroupStep(link)

  when(input, (input) => !!input.cart_id).then(() => {
    const cartId = assertCartOwnerStep({ cart_id: input.cart_id!, customer_id: input.customer_id })
    refreshCartItemsWorkflow.runAsStep({ input: { cart_id: cartId, force_refresh: true } })
  })

  return new WorkflowResponse({ group_id: group.id })
})
