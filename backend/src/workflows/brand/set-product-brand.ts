import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { BRAND_MODULE } from "../../modules/brand"

type SetProductBrandInput = { product_id: string; brand_id: string | null }

/**
 * Replaces a product's brand link. Both link steps undo themselves if a later step fails, so a
 * product never ends up with two brands or silently loses the one it had.
 */
export const setProductBrandWorkflow = createWorkflow("set-product-brand", (input: SetProductBrandInput) => {
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "brand.id"],
    filters: { id: input.product_id },
    options: { throwIfKeyNotFound: true },
  })

  when(input, (input) => !!input.brand_id).then(() => {
    useQueryGraphStep({
      entity: "brand",
      fields: ["id"],
      filters: { id: input.brand_id! },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "ensure-brand-exists" })
  })

  const links = transform({ products, input }, ({ products, input }) => {
    const current: string | undefined = products[0].brand?.id
    const link = (brandId: string) => ({
      [Modules.PRODUCT]: { product_id: input.product_id },
      [BRAND_MODULE]: { brand_id: brandId },
    })
    return {
      dismiss: current && current !== input.brand_id ? [link(current)] : [],
      create: input.brand_id && current !== input.brand_id ? [link(input.brand_id)] : [],
    }
  })

  dismissRemoteLinkStep(links.dismiss)
  createRemoteLinkStep(links.create)

  return new WorkflowResponse({ product_id: input.product_id, brand_id: input.brand_id })
})
