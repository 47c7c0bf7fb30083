import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import type { SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ProductSuggestion, ProductSuggestionsResponse } from "@supplement-store/contract"
import { adminHeaders, seedAndGetStoreHeaders } from "../helpers/demo-store"

jest.setTimeout(240_000)

const anyStatus = { validateStatus: () => true }

/** An unsaved draft, as the editor has it: no article id, no featured products yet. */
const MAGNESIUM_DRAFT = {
  title: "Magnesium and Fibromyalgia: What Tender-Point Pain Studies Show",
  summary: "Small trials of magnesium glycinate and malate in fibromyalgia found modest drops in muscle pain.",
  body: "Many people with fibromyalgia try magnesium for muscle pain and poor sleep. In a small trial, magnesium taken daily lowered tender-point pain a little; glycinate forms were gentle on digestion.",
}

/** Suggested products for articles, related articles for products: ranked through the search indexes. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const suggest = async (body: Record<string, unknown>) => {
      const { status, data } = await api.post("/admin/product-suggestions", body, { ...admin, ...anyStatus })
      expect(status).toBe(200)
      return data as ProductSuggestionsResponse
    }
    const byHandle = (suggestions: ProductSuggestion[], handle: string) => suggestions.find((s) => s.handle === handle)

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      // The seed's own events fill the indexes too; a reindex makes the starting point certain.
      await getContainer().resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH).reindex({})
      admin = await adminHeaders(api)
    }, 480_000)

    it("suggests magnesium products for an unsaved magnesium and fibromyalgia text, saying why", async () => {
      const { data: topics } = await query().graph({ entity: "topic", fields: ["id", "name"], filters: { handle: "fibromyalgia" } })
      const { suggestions, terms } = await suggest({ ...MAGNESIUM_DRAFT, topic_id: topics[0].id })

      expect(terms).toEqual(expect.arrayContaining(["magnesium", "fibromyalgia", "glycinate"]))
      const magnesiumTitles = suggestions.slice(0, 3).filter((s) => /magnesium/i.test(s.title))
      expect(suggestions[0].title).toMatch(/magnesium/i)
      expect(magnesiumTitles.length).toBeGreaterThanOrEqual(2)
      const glycinate = byHandle(suggestions, "magnesium-glycinate-200")!
      expect(glycinate.reasons.terms).toEqual(expect.arrayContaining(["magnesium", "glycinate"]))
      expect(glycinate.reasons.ingredients.some((name) => /magnesium/i.test(name))).toBe(true)
      expect(glycinate.reasons.topic).toBe(topics[0].name)
      expect(glycinate.price).toEqual({ amount: expect.any(Number), currency_code: "usd" })
      expect(glycinate.in_stock).toBe(true)
      expect(glycinate.inventory_quantity).toBeGreaterThan(0)
      expect(suggestions.every((s) => !s.featured)).toBe(true)
    })

    it("marks the products the article already features when its id is given", async () => {
      const { data } = await query().graph({
        entity: "article",
        fields: ["id", "title", "summary", "body", "topic.id"],
        filters: { handle: "magnesium-fibromyalgia-muscle-pain-trial" },
      })
      const article = data[0] as { id: string; title: string; summary: string; body: string; topic: { id: string } }
      const { suggestions } = await suggest({ title: article.title, summary: article.summary, body: article.body, topic_id: article.topic.id, article_id: article.id })
      // Featured products stay in the list, marked, never dropped.
      expect(byHandle(suggestions, "magnesium-glycinate-200")?.featured).toBe(true)
      expect(suggestions.filter((s) => s.featured).length).toBeGreaterThanOrEqual(2)
      expect(suggestions.some((s) => !s.featured)).toBe(true)
    })

    it("keeps a sold-out product and marks it out of stock", async () => {
      // The seed stocks no Artemisia (sweet wormwood) capsules.
      const { suggestions } = await suggest({
        title: "Sweet wormwood in Lyme co-infection protocols",
        body: "Artemisia annua, sweet wormwood, is the source of artemisinin and is used in Babesia protocols.",
      })
      const artemisia = byHandle(suggestions, "artemisia-annua-capsules")
      expect(artemisia).toMatchObject({ in_stock: false, inventory_quantity: 0 })
    })

    it("refuses a bad body with 400 naming the fields, and asks for an admin", async () => {
      const { status, data } = await api.post(
        "/admin/product-suggestions",
        { title: 42, limit: 500, colour: "gold" },
        { ...admin, ...anyStatus }
      )
      expect(status).toBe(400)
      expect(data.type).toBe("invalid_data")
      expect(Object.keys(data.fields)).toEqual(expect.arrayContaining(["title", "limit"]))

      const unknownTopic = await api.post("/admin/product-suggestions", { title: "Magnesium", topic_id: "topic_nope" }, { ...admin, ...anyStatus })
      expect(unknownTopic.status).toBe(400)
      expect(Object.keys(unknownTopic.data.fields)).toEqual(["topic_id"])

      const anonymous = await api.post("/admin/product-suggestions", MAGNESIUM_DRAFT, anyStatus)
      expect(anonymous.status).toBe(401)
    })

    it("offers products for a published article and 404s an unknown one", async () => {
      const { status, data } = await api.get("/store/articles/magnesium-fibromyalgia-muscle-pain-trial/suggested-products", store)
      expect(status).toBe(200)
      expect(data.product_ids.length).toBeGreaterThan(0)
      expect(data.product_ids.length).toBeLessThanOrEqual(4)
      const { data: products } = await query().graph({ entity: "product", fields: ["id", "handle"], filters: { id: data.product_ids } })
      expect(products.map((p: { handle: string }) => p.handle)).toContain("magnesium-glycinate-200")

      const unknown = await api.get("/store/articles/no-such-article/suggested-products", { ...store, ...anyStatus })
      expect(unknown.status).toBe(404)
      expect(unknown.data.type).toBe("not_found")
    })

    it("offers related published articles for a product and 404s an unknown one", async () => {
      const { data: products } = await query().graph({ entity: "product", fields: ["id"], filters: { handle: "cats-claw-bark" } })
      const { status, data } = await api.get(`/store/products/${products[0].id}/related-articles`, store)
      expect(status).toBe(200)
      expect(data.articles.length).toBeGreaterThan(0)
      expect(data.articles.length).toBeLessThanOrEqual(3)
      expect(data.articles[0]).toMatchObject({ handle: expect.any(String), title: expect.any(String), topic: { handle: expect.any(String) } })
      expect(data.articles.some((article: { topic: { handle: string } }) => article.topic.handle === "lyme-disease")).toBe(true)

      const unknown = await api.get("/store/products/prod_unknown/related-articles", { ...store, ...anyStatus })
      expect(unknown.status).toBe(404)
    })
  },
})
