import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/scripts/seed-data/seed-store"
import { articles } from "../../src/scripts/seed-data/articles"
import { brands, products } from "../../src/scripts/seed-data/catalog"
import ArticleProductLink from "../../src/links/article-product"
import { BRAND_MODULE } from "../../src/modules/brand"
import type BrandModuleService from "../../src/modules/brand/service"

jest.setTimeout(240_000)

/** Counts every kind of record the seed creates. */
async function census(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
  const { data: linked } = await query.graph({ entity: "product", fields: ["id", "brand.id"] })
  return {
    products: await count("product"),
    variants: await count("product_variant"),
    categories: await count("product_category"),
    collections: await count("product_collection"),
    brands: (await container.resolve<BrandModuleService>(BRAND_MODULE).listBrands()).length,
    brandLinks: linked.filter((p: { brand?: unknown }) => p.brand).length,
    regions: await count("region"),
    salesChannels: await count("sales_channel"),
    stockLocations: await count("stock_location"),
    inventoryLevels: (await container.resolve(Modules.INVENTORY).listInventoryLevels({})).length,
    shippingOptions: await count("shipping_option"),
    apiKeys: await count("api_key"),
    priceLists: await count("price_list"),
    prices: (await container.resolve(Modules.PRICING).listPrices({}, { take: null })).length,
    customerGroups: await count("customer_group"),
    users: await count("user"),
    promotions: await count("promotion"),
    topics: await count("topic"),
    authors: await count("author"),
    articles: await count("article"),
    featuredLinks: (await query.graph({ entity: ArticleProductLink.entryPoint, fields: ["article_id"] })).data.length,
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("builds the demo store once; a second run changes nothing", async () => {
      const container = getContainer()
      await seedDemoStore(container)
      const first = await census(container)

      expect(first.products).toBe(products.length)
      expect(first.products).toBeGreaterThanOrEqual(60)
      expect(first.brands).toBe(brands.length)
      expect(first.brands).toBeGreaterThanOrEqual(12)
      expect(first.brandLinks).toBe(products.length)
      expect(first.collections).toBe(3)
      expect(first.inventoryLevels).toBe(first.variants)
      expect(first.priceLists).toBe(2)
      expect(first.users).toBe(1)
      expect(first.promotions).toBe(1)
      expect(first.articles).toBe(articles.length)
      expect(first.articles).toBeGreaterThanOrEqual(30)
      expect(first.featuredLinks).toBe(articles.reduce((sum, a) => sum + a.featured_products.length, 0))

      await seedDemoStore(container)
      expect(await census(container)).toEqual(first)
    })
  },
})
