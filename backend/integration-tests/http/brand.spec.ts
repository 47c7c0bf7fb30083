import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { adminHeaders, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { brands, products } from "../../src/scripts/seed-data/catalog"

jest.setTimeout(180_000)

const anyStatus = { validateStatus: () => true }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      const { data } = await api.get("/store/regions", store)
      regionId = data.regions[0].id
    })

    describe("GET /store/brands", () => {
      it("lists every brand A to Z with its product count", async () => {
        const { status, data } = await api.get("/store/brands", store)
        expect(status).toBe(200)

        const names = data.brands.map((b: { name: string }) => b.name)
        expect(names).toHaveLength(brands.length)
        expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" })))

        for (const brand of data.brands) {
          const expected = products.filter((p) => p.brand === brand.handle).length
          expect({ handle: brand.handle, count: brand.product_count }).toEqual({ handle: brand.handle, count: expected })
        }
      })
    })

    describe("GET /store/brands/:handle", () => {
      it("returns the brand with its products", async () => {
        const brand = brands[0]
        const { status, data } = await api.get(`/store/brands/${brand.handle}`, store)
        expect(status).toBe(200)
        expect(data.brand.name).toBe(brand.name)
        const handles = data.brand.products.map((p: { handle: string }) => p.handle).sort()
        expect(handles).toEqual(products.filter((p) => p.brand === brand.handle).map((p) => p.handle).sort())
      })

      it("answers 404 JSON for an unknown brand", async () => {
        const { status, data } = await api.get("/store/brands/no-such-brand", { ...store, ...anyStatus })
        expect(status).toBe(404)
        expect(data).toEqual({ type: "not_found", message: 'Brand "no-such-brand" was not found' })
      })
    })

    describe("GET /store/products?brand=", () => {
      it("filters the product list by brand, with prices", async () => {
        const brand = brands[1]
        const { status, data } = await api.get(
          `/store/products?brand=${brand.handle}&region_id=${regionId}&fields=handle,*variants.calculated_price`,
          store
        )
        expect(status).toBe(200)
        const expected = products.filter((p) => p.brand === brand.handle)
        expect(data.products.map((p: { handle: string }) => p.handle).sort()).toEqual(expected.map((p) => p.handle).sort())
        const seededPrice = expected[0].variants[0].price
        const listed = data.products.find((p: { handle: string }) => p.handle === expected[0].handle)
        expect(listed.variants.map((v: any) => v.calculated_price.original_amount)).toContain(seededPrice)
      })

      it("combines several brands and gives an empty page for an unknown one", async () => {
        const [a, b] = brands
        const both = await api.get(`/store/products?brand=${a.handle}&brand=${b.handle}&fields=id`, store)
        expect(both.data.count).toBe(products.filter((p) => p.brand === a.handle || p.brand === b.handle).length)

        const none = await api.get("/store/products?brand=unknown-brand&fields=id", store)
        expect(none.data).toMatchObject({ count: 0, products: [] })
      })

      it("returns a product's brand on request (fields=+brand.*)", async () => {
        const product = products[0]
        const { data } = await api.get(`/store/products?handle=${product.handle}&fields=handle,+brand.*`, store)
        expect(data.products[0].brand).toMatchObject({ handle: product.brand })
        const { data: one } = await api.get(`/store/products/${data.products[0].id}?fields=+brand.*`, store)
        expect(one.product.brand.handle).toBe(product.brand)
      })

      it("rejects a malformed brand with 400 and a message", async () => {
        const { status, data } = await api.get("/store/products?brand=DROP%20TABLE;", { ...store, ...anyStatus })
        expect(status).toBe(400)
        expect(data.message).toMatch(/brand must be one or more brand handles/)
      })
    })

    describe("admin: setting a product's brand", () => {
      it("moves a product to another brand and clears it", async () => {
        const admin = await adminHeaders(api)
        const product = products.find((p) => p.brand !== brands[0].handle)!
        const { data: list } = await api.get(`/admin/products?handle=${product.handle}&fields=id,*brand`, admin)
        const productId = list.products[0].id
        expect(list.products[0].brand.handle).toBe(product.brand)

        const { data: adminBrands } = await api.get("/admin/brands", admin)
        const target = adminBrands.brands.find((b: { handle: string }) => b.handle === brands[0].handle)

        await api.post(`/admin/products/${productId}/brand`, { brand_id: target.id }, admin)
        const moved = await api.get(`/admin/products/${productId}?fields=id,*brand`, admin)
        expect(moved.data.product.brand.id).toBe(target.id)

        await api.post(`/admin/products/${productId}/brand`, { brand_id: null }, admin)
        const cleared = await api.get(`/admin/products/${productId}?fields=id,*brand`, admin)
        expect(cleared.data.product.brand).toBeFalsy()
      })

      it("refuses an unknown brand or product, and a malformed body, with 4xx", async () => {
        const admin = { ...(await adminHeaders(api)), ...anyStatus }
        const { data: list } = await api.get("/admin/products?limit=1&fields=id", admin)
        const productId = list.products[0].id

        const unknownBrand = await api.post(`/admin/products/${productId}/brand`, { brand_id: "brand_nope" }, admin)
        expect(unknownBrand.status).toBe(404)

        const unknownProduct = await api.post("/admin/products/prod_nope/brand", { brand_id: null }, admin)
        expect(unknownProduct.status).toBe(404)

        const malformed = await api.post(`/admin/products/${productId}/brand`, { brand_id: 42 }, admin)
        expect(malformed.status).toBe(400)
      })

      it("creates a brand and refuses a bad handle", async () => {
        const admin = { ...(await adminHeaders(api)), ...anyStatus }
        const created = await api.post("/admin/brands", { name: "Test Grove", handle: "test-grove" }, admin)
        expect(created.status).toBe(201)
        expect(created.data.brand).toMatchObject({ name: "Test Grove", handle: "test-grove" })

        const bad = await api.post("/admin/brands", { name: "Bad", handle: "Not A Handle" }, admin)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/handle/)
      })
    })
  },
})
