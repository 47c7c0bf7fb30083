import { Module } from "@medusajs/framework/utils"
import StripeWebhookModuleService from "./service"

export const STRIPE_WEBHOOK_MODULE = "stripeWebhook"

export default Module(STRIPE_WEBHOOK_MODULE, {
  service: StripeWebhookModuleService,
})
