import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import ArticleProductLink from "../../../links/article-product"
import { NEWS_MODULE } from "../../../modules/news"

export type SetFeaturedProductsInput = { article_id: string; product_ids: string[] }

async function currentProductIds(container: MedusaContainer, articleId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: ArticleProductLink.entryPoint,
    fields: ["product_id", "position"],
    filters: { article_id: articleId },
  })
  return data
    .sort((a: { position: number }, b: { position: number }) => a.position - b.position)
    .map((row: { product_id: string }) => row.product_id)
}

async function replaceLinks(container: MedusaContainer, articleId: string, productIds: string[]) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const existing = await currentProductIds(container, articleId)
  const key = (productId: string) => ({
    [NEWS_MODULE]: { article_id: articleId },
    [Modules.PRODUCT]: { product_id: productId },
  })
  if (existing.length) {
    await link.dismiss(existing.map(key))
  }
  if (productIds.length) {
    await link.create(productIds.map((productId, position) => ({ ...key(productId), data: { position } })))
  }
}

/** Replaces the article's featured products, keeping their order; on rollback restores the old list. */
export const setFeaturedProductsStep = createStep(
  "set-featured-products",
  async ({ article_id, product_ids }: SetFeaturedProductsInput, { container }) => {
    const previous = await currentProductIds(container, article_id)
    await replaceLinks(container, article_id, [...new Set(product_ids)])
    return new StepResponse(product_ids, { article_id, previous })
  },
  async (undo, { container }) => {
    if (undo) {
      await replaceLinks(container, undo.article_id, undo.previous)
    }
  }
)
