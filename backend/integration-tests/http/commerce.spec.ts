import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
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

      async function customerHeaders(email: string) {
        const password = "club-test-password"
        const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
        const { data } = await api.post(
          "/store/customers",
          { email, first_name: "Test", last_name: "Shopper" },
          { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }
        )
        const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
        return { id: data.customer.id, headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
      }

      async function unitPriceInCart(headers: Record<string, string>) {
        const { data: variants } = await api.get(`/store/products?handle=${product.handle}&fields=variants.id,variants.sku`, store)
        const variantId = variants.products[0].variants.find((v: { sku: string }) => v.sku === variantSku).id
        const { data: created } = await api.post("/store/carts", { region_id: regionId }, { headers })
        const { data } = await api.post(
          `/store/carts/${created.cart.id}/line-items`,
          { variant_id: variantId, quantity: 1 },
          { headers }
        )
        return data.cart.items[0].unit_price
      }

      it("charges club members the member price and everyone else the regular price", async () => {
        const member = await customerHeaders("member@example.com")
        const customerModule = getContainer().resolve(Modules.CUSTOMER)
        const [group] = await customerModule.listCustomerGroups({ name: DEMO_STORE.club.group })
        await customerModule.addCustomerToGroup({ customer_id: member.id, customer_group_id: group.id })
        const nonMember = await customerHeaders("regular@example.com")

        const regular = product.variants[0].price
        expect(await unitPriceInCart(member.headers)).toBe(discounted(regular, DEMO_STORE.club.percentOff))
        expect(await unitPriceInCart(nonMember.headers)).toBe(regular)
        expect(await unitPriceInCart(store.headers)).toBe(regular)
      })
    })
  },
})
