import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { claimCheckoutUnitsWorkflow } from "../../workflows/commerce/claim-checkout-units"
import { releaseCheckoutUnits } from "../../workflows/commerce/steps/claim-checkout-units"

/**
 * Ahead of Medusa's cart completion: a cart whose items are sold out gets its 400 naming the product
 * at once; the others claim their units for as long as their completion runs (given back when the
 * answer is sent, by which time Medusa has reserved the stock or given up).
 */
export async function admitCheckout(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { result: claims } = await claimCheckoutUnitsWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  if (claims.keys.length) {
    res.once("close", () => {
      // Unreleased claims expire by themselves; a failure here only delays the next buyers' admission.
      releaseCheckoutUnits(req.scope, claims).catch((error) =>
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Releasing checkout claims of cart ${req.params.id}: ${error.message}`)
      )
    })
  }
  next()
}
