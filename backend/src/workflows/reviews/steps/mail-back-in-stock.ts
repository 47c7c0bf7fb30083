import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendOnce } from "../../../lib/send-once"
import { productPageUrl } from "../../../lib/reviews/stock-alerts"
import type { RestockClaim } from "./claim-restock-alerts"

/**
 * One mail per claimed alert, in the order readers asked. Each has its own idempotency key, so a
 * retried restock (after a failure gave its claims back) never mails anyone twice.
 */
export const mailBackInStockStep = createStep("mail-back-in-stock", async (claims: RestockClaim[], { container }) => {
  let sent = 0
  for (const { variant, alerts } of claims) {
    for (const alert of alerts) {
      await sendOnce(container, {
        to: alert.email,
        channel: "email",
        template: "stock-alert-back-in-stock",
        trigger_type: "stock_alert.restocked",
        resource_type: "stock_alert",
        resource_id: alert.id,
        idempotency_key: `stock-alert-back-in-stock-${alert.id}`,
        data: {
          product_title: variant.product_title,
          variant_title: variant.variant_title,
          product_url: productPageUrl(container, variant.product_handle),
        },
      })
      sent += 1
    }
  }
  return new StepResponse(sent)
})
