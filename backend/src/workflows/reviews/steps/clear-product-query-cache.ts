import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Drops what Medusa's Query cache holds for these products (the store's product routes cache their
 * answers, `review_summary` included). The summary row is rewritten in SQL, which no entity event
 * reports, so without this a product list keeps its old stars however often the storefront asks.
 * Runs before `review.summary_updated` goes out, so the storefront's fresh read is fresh. Nothing to undo.
 */
export const clearProductQueryCacheStep = createStep(
  "clear-product-query-cache",
  async ({ product_ids }: { product_ids: string[] }, { container }) => {
    if (product_ids.length && container.hasRegistration(Modules.CACHING)) {
      // The caching strategy tags every cached answer with `<Entity>:<id>` of what it holds.
      await container.resolve(Modules.CACHING).clear({ tags: product_ids.map((id) => `Product:${id}`) })
    }
    return new StepResponse(undefined)
  }
)
