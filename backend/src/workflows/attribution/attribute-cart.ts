import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { AttributionEvents } from "../../modules/attribution/events"
import { addToPerformanceStep } from "./steps/add-to-performance"
import { attributeCartStep } from "./steps/attribute-cart"
import { checkOpenCartStep } from "./steps/check-open-cart"

/**
 * A visitor added a product to their (open) cart: the cart's attribution follows their reads and
 * clicks, and its first add-to-cart counts for the article they read last.
 */
export const attributeCartWorkflow = createWorkflow(
  "attribute-cart",
  (input: { cart_id: string; visitor_id: string; product_id: string; now: string }) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "completed_at"],
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true },
    })
    checkOpenCartStep(transform({ carts }, ({ carts }) => carts[0]))
    const attribution = attributeCartStep(input)
    when({ attribution }, ({ attribution }) => attribution.first && !!attribution.last_article_id).then(() => {
      addToPerformanceStep(
        transform({ input, attribution }, ({ input, attribution }) => [
          {
            day: input.now.slice(0, 10),
            article_id: attribution.last_article_id!,
            topic_id: attribution.last_topic_id,
            add_to_carts: 1,
          },
        ])
      )
    })
    emitEventStep({ eventName: AttributionEvents.CART_ATTRIBUTED, data: { cart_id: input.cart_id } })
    return new WorkflowResponse(attribution)
  }
)
