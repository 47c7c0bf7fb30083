import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminSupplementFactsBody, Validated } from "@supplement-store/contract"
import { deleteSupplementFactsWorkflow } from "../../../../../workflows/supplement-facts/delete-supplement-facts"
import { upsertSupplementFactsWorkflow } from "../../../../../workflows/supplement-facts/upsert-supplement-facts"

/** GET /admin/products/:id/supplement-facts: the product's label, or null (the product page's widget). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { id: string }>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "supplement_facts.*"],
    filters: { id: req.params.id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  res.json({ supplement_facts: data[0].supplement_facts ?? null })
}

/** POST /admin/products/:id/supplement-facts: writes the whole label. */
export async function POST(
  req: AuthenticatedMedusaRequest<Validated<typeof AdminSupplementFactsBody>, { id: string }>,
  res: MedusaResponse
) {
  const { result } = await upsertSupplementFactsWorkflow(req.scope).run({
    input: { product_id: req.params.id, facts: req.validatedBody },
  })
  res.json({ supplement_facts: result })
}

/** DELETE /admin/products/:id/supplement-facts: the product no longer shows a label. */
export async function DELETE(req: AuthenticatedMedusaRequest<unknown, { id: string }>, res: MedusaResponse) {
  const { result: deleted } = await deleteSupplementFactsWorkflow(req.scope).run({ input: { product_id: req.params.id } })
  res.json({ id: req.params.id, object: "supplement_facts", deleted })
}
