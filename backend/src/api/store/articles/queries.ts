import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus, QueryContext } from "@medusajs/framework/utils"
import ArticleProductLink from "../../../links/article-product"

/** Fields of an article in lists (cards, feeds, trending). */
export const ARTICLE_LIST_FIELDS = [
  "id",
  "handle",
  "title",
  "summary",
  "hero_image",
  "published_at",
  "view_count",
  "topic.handle",
  "topic.name",
  "author.handle",
  "author.name",
]

/** Fields of a whole article page. */
export const ARTICLE_DETAIL_FIELDS = [
  ...ARTICLE_LIST_FIELDS,
  "body",
  "source_text",
  "source_url",
  "citations",
  "updated_at",
  "author.bio",
  "author.avatar_url",
]

export async function resolveRegion(container: MedusaContainer, regionId?: string) {
  const regions = await container.resolve(Modules.REGION).listRegions(regionId ? { id: regionId } : {}, { take: 1 })
  if (!regions.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, regionId ? `Region ${regionId} was not found` : "No region is set up")
  }
  return regions[0]
}

/** The article's featured products in the editor's order, published only, with prices for the region. */
export async function featuredProducts(container: MedusaContainer, articleId: string, regionId?: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ArticleProductLink.entryPoint,
    fields: ["product_id", "position"],
    filters: { article_id: articleId },
  })
  if (!links.length) {
    return []
  }
  const region = await resolveRegion(container, regionId)
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "subtitle",
      "thumbnail",
      "status",
      "variants.id",
      "variants.title",
      "variants.manage_inventory",
      "variants.allow_backorder",
      "variants.calculated_price.*",
    ],
    filters: { id: links.map((link: { product_id: string }) => link.product_id), status: ProductStatus.PUBLISHED },
    context: {
      variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) },
    },
  })
  const position = new Map(links.map((link: { product_id: string; position: number }) => [link.product_id, link.position]))
  return products
    .sort((a: { id: string }, b: { id: string }) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0))
    .map(({ status, ...product }: { status: string }) => product)
}
