import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCartAttributionBody, Validated } from "@supplement-store/contract"
import { attributeCartWorkflow } from "../../../../../workflows/attribution/attribute-cart"
import { recordForVisitor } from "../../../../utils/attribution"

/** POST /store/carts/:id/attribution: the visitor just added this product to this open cart. */
export async function POST(req: MedusaRequest<Validated<typeof StoreCartAttributionBody>>, res: MedusaResponse) {
  await recordForVisitor(req, res, (visitorId) =>
    attributeCartWorkflow(req.scope).run({
      input: { cart_id: req.params.id, visitor_id: visitorId, product_id: req.validatedBody.product_id, now: new Date().toISOString() },
    })
  )
}
