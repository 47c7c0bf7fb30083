import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StoreStripeProviderService from "./service"

/** Registered in medusa-config.ts when STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET are set. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [StoreStripeProviderService],
})
