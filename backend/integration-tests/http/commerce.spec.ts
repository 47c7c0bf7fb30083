import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { fieldErrorsOf, RegisterIdentityBody } from "@supplement-store/contract"
import { seedAndGetStoreHeaders } from "../helpers/demo-store"
import { categories, products } from "../../src/scripts/seed-data/catalog"
import { DEMO_STORE, discounted } from "../../src/scripts/seed-data/store-setup"

jest.setTimeout(180_000)

const anyStatus = { validateStatus: () => true }
const handlesOf = (list: { handle: string }[]) => list.map((p) => p.handle).sort()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      const { data } = await api.get("/store/regions", store)
      regionId = data.regions[0].id
    })

    describe("the seeded catalog through the store API", () => {
      it("filters products by category", async () => {
        const category = categories.find((c) => c.handle === "lyme-disease")!
        const { data: found } = await api.get(`/store/product-categories?handle=${category.handle}`, store)
        const { data } = await api.get(
          `/store/products?category_id=${found.product_categories[0].id}&limit=100&fields=handle`,
          store
        )
        expect(handlesOf(data.products)).toEqual(
          products.filter((p) => p.categories.includes(category.handle)).map((p) => p.handle).sort()
        )
      })

      it("filters products by collection, and deals carry their sale price", async () => {
        const { data: found } = await api.get("/store/collections?handle[]=deals", store)
        const { data } = await api.get(
          `/store/products?collection_id=${found.collections[0].id}&region_id=${regionId}&limit=100&fields=handle,*variants.calculated_price,variants.sku`,
          store
        )
        const deals = products.filter((p) => p.collections.includes("deals"))
        expect(handlesOf(data.products)).toEqual(deals.map((p) => p.handle).sort())

        const deal = deals[0]
        const listed = data.products.find((p: { handle: string }) => p.handle === deal.handle)
        const variant = listed.variants.find((v: { sku: string }) => v.sku === deal.variants[0].sku)
        expect(variant.calculated_price.original_amount).toBe(deal.variants[0].price)
        expect(variant.calculated_price.calculated_amount).toBe(discounted(deal.variants[0].price, deal.deal_percent_off!))
        expect(variant.calculated_price.calculated_price.price_list_type).toBe("sale")
      })

      it("reports stock: out-of-stock products have no inventory", async () => {
        const soldOut = products.filter((p) => p.variants.every((v) => v.stock === 0))
        expect(soldOut.length).toBeGreaterThan(0)
        const { data } = await api.get(
          `/store/products?handle=${soldOut[0].handle}&fields=handle,+variants.inventory_quantity`,
          store
        )
        expect(data.products[0].variants.every((v: { inventory_quantity: number }) => v.inventory_quantity === 0)).toBe(true)
      })

      it("offers at least 8 products under $10", async () => {
        const { data } = await api.get(`/store/products?region_id=${regionId}&limit=200&fields=handle,*variants.calculated_price`, store)
        const underTen = data.products.filter((p: any) =>
          p.variants.some((v: any) => v.calculated_price.calculated_amount < 10)
        )
        expect(underTen.length).toBeGreaterThanOrEqual(8)
      })

      it("answers malformed query parameters with 400 and a message", async () => {
        for (const query of [
          "limit=abc",
          "limit=-1",
          "limit=100000",
          "offset=-5x",
          "q=%00",
          "unknown_param=1",
        ]) {
          const { status, data } = await api.get(`/store/products?${query}`, { ...store, ...anyStatus })
          expect({ query, status }).toEqual({ query, status: 400 })
          expect(data.message).toEqual(expect.any(String))
        }
      })
    })

    describe("SmartSavings Club prices", () => {
      const product = products.find((p) => !p.deal_percent_off && p.variants[0].stock > 10)!
      const variantSku = product.variants[0].sku

      async function variantId() {
        const { data } = await api.get(`/store/products?handle=${product.handle}&fields=id,variants.id,variants.sku`, store)
        const found = data.products[0]
        return { productId: found.id, variantId: found.variants.find((v: { sku: string }) => v.sku === variantSku).id }
      }

      const regular = product.variants[0].price
      const memberPrice = discounted(regular, DEMO_STORE.club.percentOff)

      it("never asks members more than the deal price", async () => {
        const deal = products.find((p) => p.deal_percent_off)!
        const { data } = await api.get(`/store/products?handle=${deal.handle}&fields=id,variants.id`, store)
        const { data: club } = await api.get(
          `/store/club/prices?product_id=${data.products[0].id}&region_id=${regionId}`,
          store
        )
        const dealPrice = discounted(deal.variants[0].price, deal.deal_percent_off!)
        expect(club.prices[data.products[0].variants[0].id]).toBe(discounted(dealPrice, DEMO_STORE.club.percentOff))
      })

      it("shows everyone the member price of each variant", async () => {
        const { productId, variantId: id } = await variantId()
        const { data } = await api.get(`/store/club/prices?product_id=${productId}&region_id=${regionId}`, store)
        expect(data.prices[id]).toBe(memberPrice)

        const bad = await api.get("/store/club/prices?product_id=nope", { ...store, ...anyStatus })
        expect(bad.status).toBe(400)
      })
    })

    describe("password reset", () => {
      it("sends a customer a reset link to the storefront", async () => {
        const email = "forgetful@example.com"
        await api.post("/auth/customer/emailpass/register", { email, password: "first-password" })
        await api.post("/auth/customer/emailpass/reset-password", { identifier: email })

        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        let sent: { to: string; template: string; data: { url: string } }[] = []
        for (let attempt = 0; attempt < 40 && !sent.length; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 250))
          sent = (await notifications.listNotifications({ to: email })) as unknown as typeof sent
        }
        expect(sent).toHaveLength(1)
        expect(sent[0].template).toBe("password-reset")
        const url = new URL(sent[0].data.url)
        expect(url.pathname).toBe("/account/reset-password")
        expect(url.searchParams.get("email")).toBe(email)

        const { status } = await api.post(
          "/auth/customer/emailpass/update",
          { email, password: "second-password" },
          { headers: { authorization: `Bearer ${url.searchParams.get("token")}` } }
        )
        expect(status).toBe(200)
        const login = await api.post("/auth/customer/emailpass", { email, password: "second-password" })
        expect(login.data.token).toEqual(expect.any(String))
      })
    })

    describe("registration", () => {
      it("refuses what the storefront's form refuses, naming the same fields in the same words", async () => {
        const body = { email: "nia@localhost", password: "short" }
        const { status, data } = await api.post("/auth/customer/emailpass/register", body, anyStatus)
        expect(status).toBe(400)
        const form = RegisterIdentityBody.safeParse(body)
        expect(form.success).toBe(false)
        expect(data).toEqual({ type: "invalid_data", message: expect.any(String), fields: fieldErrorsOf(form.error!) })
        expect(data.fields).toEqual({ email: "Enter a valid email address", password: "Password must be at least 8 characters" })
      })
    })

    describe("promotions", () => {
      it("WELCOME10 takes 10% off the order; an unknown code is refused", async () => {
        const { data: created } = await api.post("/store/carts", { region_id: regionId }, store)
        const item = products.find((p) => !p.deal_percent_off && p.variants[0].stock > 10)!
        const { data: listed } = await api.get(`/store/products?handle=${item.handle}&fields=variants.id`, store)
        await api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: listed.products[0].variants[0].id, quantity: 2 }, store)

        const { data } = await api.post(`/store/carts/${created.cart.id}/promotions`, { promo_codes: ["WELCOME10"] }, store)
        expect(data.cart.discount_subtotal).toBeCloseTo(data.cart.item_subtotal * 0.1, 2)

        const unknown = await api.post(`/store/carts/${created.cart.id}/promotions`, { promo_codes: ["NOPE99"] }, { ...store, ...anyStatus })
        expect(unknown.status).toBeGreaterThanOrEqual(400)
        expect(unknown.status).toBeLessThan(500)
      })
    })
  },
})
