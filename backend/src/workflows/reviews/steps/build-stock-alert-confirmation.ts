import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stockAlertLink } from "../../../lib/reviews/stock-alerts"

type Input = {
  alert: { id: string; email: string }
  mail: boolean
  product: { product_title: string; variant_title: string | null }
}

/** A guest's confirmation mail (double opt-in), when one is due; none otherwise. */
export const buildStockAlertConfirmationStep = createStep("build-stock-alert-confirmation", async ({ alert, mail, product }: Input, { container }) => {
  if (!mail) {
    return new StepResponse([] as CreateNotificationDTO[])
  }
  return new StepResponse([
    {
      to: alert.email,
      channel: "email",
      template: "stock-alert-confirmation",
      data: {
        product_title: product.product_title,
        variant_title: product.variant_title,
        confirm_url: stockAlertLink(container, alert.id, "confirm"),
        cancel_url: stockAlertLink(container, alert.id, "cancel"),
      },
      resource_type: "stock_alert",
      resource_id: alert.id,
    },
  ] as CreateNotificationDTO[])
})
