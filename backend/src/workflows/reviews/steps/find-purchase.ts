import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Orders that are not purchases (yet, or any more). */
const NOT_A_PURCHASE = ["canceled", "draft"]

/**
 * Decides whether the customer is a verified buyer of the product: one of their orders that is not
 * cancelled (nor a draft) holds it. Answers that order, the newest. A read: nothing to undo.
 */
export const findPurchaseStep = createStep(
  "find-purchase",
  async ({ customer_id, product_id }: { customer_id: string; product_id: string }, { container }) => {
    const { data: orders } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "created_at", "items.product_id"],
      filters: { customer_id, status: { $nin: NOT_A_PURCHASE } },
      pagination: { order: { created_at: "DESC" } },
    })
    const order = orders.find((candidate) => (candidate.items ?? []).some((item: { product_id?: string | null } | null) => item?.product_id === product_id))
    return new StepResponse({ verified_buyer: Boolean(order), order_id: order?.id ?? null })
  }
)
