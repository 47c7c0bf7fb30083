import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_WEBHOOK_MODULE } from "../../modules/stripe-webhook"
import type StripeWebhookModuleService from "../../modules/stripe-webhook/service"

/** Medusa's webhook route for the `stripe` provider registered with id `stripe`. */
export const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

/**
 * Runs before Medusa's webhook route, which answers 200 to anything and only checks the signature
 * later, in the background. Here a payload without a valid Stripe signature is refused with 400
 * before anything is queued; an event Stripe already delivered (a retry) or one older than an event
 * already accepted for the same payment intent (out of order) is acknowledged with 200 and dropped.
 */
export async function acceptStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const webhooks = req.scope.resolve<StripeWebhookModuleService>(STRIPE_WEBHOOK_MODULE)
  if (!webhooks.isEnabled()) {
    res.status(404).json({ message: "Stripe payments are not enabled on this store" })
    return
  }

  let event: ReturnType<StripeWebhookModuleService["verifyEvent"]>
  try {
    event = webhooks.verifyEvent((req as { rawBody?: Buffer }).rawBody, req.headers["stripe-signature"])
  } catch (error) {
    res.status(400).json({ message: `Stripe webhook refused: ${(error as Error).message}` })
    return
  }

  const object = event.data.object as { id?: string }
  const outcome = await webhooks.recordEvent({
    id: event.id,
    type: event.type,
    objectId: typeof object.id === "string" ? object.id : null,
    created: new Date(event.created * 1000),
  })
  if (outcome !== "recorded") {
    res.status(200).json({ received: true, ignored: outcome })
    return
  }

  // Medusa's route queues the event; if that fails, forget it so Stripe's retry is processed.
  res.on("finish", () => {
    if (res.statusCode >= 300) {
      webhooks.forgetEvent(event.id).catch((error: Error) => {
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`could not forget Stripe event ${event.id}: ${error.message}`)
      })
    }
  })
  next()
}
