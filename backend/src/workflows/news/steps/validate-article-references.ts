import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ArticleReferences = { topic_id?: string; author_id?: string; product_ids?: string[] }

/** Refuses unknown topics, authors or featured products with a 400 naming what was not found. */
export const validateArticleReferencesStep = createStep(
  "validate-article-references",
  async ({ topic_id, author_id, product_ids = [] }: ArticleReferences, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const missing: string[] = []
    const check = async (entity: string, ids: string[], label: string) => {
      if (!ids.length) {
        return
      }
      const { data } = await query.graph({ entity, fields: ["id"], filters: { id: ids } })
      const found = new Set(data.map((row: { id: string }) => row.id))
      missing.push(...ids.filter((id) => !found.has(id)).map((id) => `${label} ${id}`))
    }
    await check("topic", topic_id ? [topic_id] : [], "topic")
    await check("author", author_id ? [author_id] : [], "author")
    await check("product", product_ids, "product")
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not found: ${missing.join(", ")}`)
    }
    return new StepResponse(true)
  }
)
