import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { adminHeaders, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { trustLoopbackProxy } from "../helpers/forwarded-clients"
import { REVIEWS_MODULE } from "../../src/modules/reviews"
import type ReviewsModuleService from "../../src/modules/reviews/service"

jest.setTimeout(300_000)
trustLoopbackProxy()

// What the storefront's product lists ask for: prices, stock and the linked rating summary.
const CARD_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,+review_summary.*"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("a product list the store already answered (and Medusa's Query cache holds) shows the new stars once a review is approved", async () => {
      const store = await seedAndGetStoreHeaders(getContainer())
      const admin = await adminHeaders(api)
      const { data: regions } = await api.get("/store/regions", store)
      // A product the seed left without reviews.
      const seeded = await getContainer().resolve<ReviewsModuleService>(REVIEWS_MODULE).listReviews({}, { select: ["product_id"], take: null })
      const reviewed = new Set(seeded.map((review) => review.product_id))
      const { data: listed } = await api.get("/store/products?limit=100&fields=id", store)
      const productId: string = listed.products.find((product: { id: string }) => !reviewed.has(product.id)).id
      const cards = `/store/products?id=${productId}&region_id=${regions.regions[0].id}&fields=${encodeURIComponent(CARD_FIELDS)}`
      const stars = async () => (await api.get(cards, store)).data.products[0].review_summary ?? null

      // The same request as a card's, before any review: this answer is now in the Query cache.
      expect(await stars()).toBeNull()

      const email = `card-reviewer-${Date.now()}@example.com`
      const password = "card-reviewer-password"
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password }, store)
      await api.post(
        "/store/customers",
        { email, first_name: "Cora", last_name: "Card" },
        { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }
      )
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password }, store)
      const { data: posted } = await api.post(
        `/store/products/${productId}/reviews`,
        { rating: 4, title: "Does what it says", body: "Two months in and I would buy it again.", started_at: Date.now() - 60_000 },
        { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
      )
      await api.post(`/admin/reviews/${posted.review.id}`, { status: "approved" }, admin)

      const deadline = Date.now() + 10_000
      let summary = await stars()
      while (!summary && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        summary = await stars()
      }
      expect(summary).toMatchObject({ product_id: productId, count: 1, average: 4, rating_4: 1 })
    })
  },
})
