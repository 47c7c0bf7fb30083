import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildStockAlertConfirmationStep } from "./steps/build-stock-alert-confirmation"
import { checkVariantSoldOutStep } from "./steps/check-variant-sold-out"
import { markVariantSoldOutStep } from "./steps/mark-variant-sold-out"
import { recordStockAlertStep } from "./steps/record-stock-alert"
import { resolveAlertAddressStep } from "./steps/resolve-alert-address"

export type StockAlertRequest = {
  variant_id: string
  email?: string
  customer_id?: string | null
  sales_channel_ids: string[]
  client_hash: string
}

/**
 * "Email me when it's back": only for a sold-out variant; a customer waits at once, a guest once the
 * mailed link proves the address (double opt-in, like the newsletter).
 */
export const requestStockAlertWorkflow = createWorkflow("request-stock-alert", (input: StockAlertRequest) => {
  const variant = checkVariantSoldOutStep({ variant_id: input.variant_id, sales_channel_ids: input.sales_channel_ids })
  const address = resolveAlertAddressStep({ customer_id: input.customer_id, email: input.email })
  markVariantSoldOutStep(input.variant_id)
  const recorded = recordStockAlertStep(
    transform({ input, variant, address }, ({ input, variant, address }) => ({
      variant_id: input.variant_id,
      product_id: variant.product_id,
      email: address.email,
      customer_id: address.customer_id,
      client_hash: input.client_hash,
    }))
  )
  const notifications = buildStockAlertConfirmationStep({ alert: recorded.alert, mail: recorded.mail, product: variant })
  sendNotificationsStep(notifications)
  return new WorkflowResponse(recorded.alert)
})
