import type { ExecArgs, LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../modules/brand"
import type BrandModuleService from "../modules/brand/service"
import { NEWS_MODULE } from "../modules/news"
import type NewsModuleService from "../modules/news/service"
import { benchArticles, benchProducts } from "../lib/search/bench-catalog"

/**
 * For `npm run bench:search`: adds the deterministic bench catalog (BENCH_PRODUCTS products,
 * BENCH_ARTICLES articles; 10,000 and 5,000 by default) to a seeded demo store. Idempotent: what
 * already exists is skipped.
 */
export default async function generateSearchBenchData({ container }: ExecArgs) {
  const productCount = Number(process.env.BENCH_PRODUCTS || 10_000)
  const articleCount = Number(process.env.BENCH_ARTICLES || 5_000)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1 })
  const categories = await container.resolve(Modules.PRODUCT).listProductCategories({}, { select: ["id"] })
  const brands = await container.resolve<BrandModuleService>(BRAND_MODULE).listBrands({}, { select: ["id"] })
  const { data: existing } = await query.graph({ entity: "product", fields: ["handle"], filters: { handle: { $like: "bench-%" } } })
  const have = new Set(existing.map((p) => p.handle))

  // Module services and links in bulk rather than the product workflow: 10,000 products in a few
  // minutes instead of half an hour, and no per-product events (the reindex that follows indexes them).
  const productModule = container.resolve(Modules.PRODUCT)
  const pricing = container.resolve(Modules.PRICING)
  const products = benchProducts(productCount).filter((p) => !have.has(p.handle))
  const batchSize = 500
  for (let start = 0; start < products.length; start += batchSize) {
    const batch = products.slice(start, start + batchSize)
    const created = await productModule.createProducts(
      batch.map((p) => ({
        title: p.title,
        handle: p.handle,
        subtitle: p.subtitle,
        description: p.description,
        status: ProductStatus.PUBLISHED,
        category_ids: [categories[p.seed % categories.length].id],
        options: [{ title: "Size", values: ["Standard"] }],
        variants: [{ title: "Standard", options: { Size: "Standard" }, manage_inventory: false }],
      }))
    )
    const priceSets = await pricing.createPriceSets(batch.map((p) => ({ prices: [{ amount: p.price, currency_code: "usd" }] })))
    await link.create(
      created.flatMap((product, i): LinkDefinition[] => [
        { [Modules.PRODUCT]: { variant_id: product.variants[0].id }, [Modules.PRICING]: { price_set_id: priceSets[i].id } },
        { [Modules.PRODUCT]: { product_id: product.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id } },
        { [Modules.PRODUCT]: { product_id: product.id }, [BRAND_MODULE]: { brand_id: brands[batch[i].seed % brands.length].id } },
      ])
    )
    console.log(`[bench data] products ${start + batch.length}/${products.length}`)
  }

  const news = container.resolve<NewsModuleService>(NEWS_MODULE)
  const topics = await news.listTopics({}, { select: ["id"] })
  const authors = await news.listAuthors({}, { select: ["id"] })
  const existingArticles = new Set((await news.listArticles({ handle: { $like: "bench-%" } }, { select: ["handle"], take: null })).map((a) => a.handle))
  const articles = benchArticles(articleCount).filter((a) => !existingArticles.has(a.handle))
  for (let start = 0; start < articles.length; start += 500) {
    const batch = articles.slice(start, start + 500)
    await news.createArticles(
      batch.map((a) => ({
        handle: a.handle,
        title: a.title,
        summary: a.summary,
        body: a.summary,
        status: "published" as const,
        published_at: a.published_at,
        topic_id: topics[a.seed % topics.length].id,
        author_id: authors[a.seed % authors.length].id,
      }))
    )
    console.log(`[bench data] articles ${start + batch.length}/${articles.length}`)
  }
}
