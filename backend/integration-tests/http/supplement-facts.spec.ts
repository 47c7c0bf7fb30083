import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { commonIngredientName, type SupplementFactsInput } from "@supplement-store/contract"
import { adminHeaders, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { eventually } from "../helpers/eventually"
import { supplementFacts } from "../../src/scripts/seed-data/supplement-facts"

jest.setTimeout(240_000)

const anyStatus = { validateStatus: () => true }

/** A plausible label: staff's form would send this. */
const LABEL: SupplementFactsInput = {
  serving_size: "1 softgel",
  servings_per_container: 90,
  form: "softgel",
  ingredients: [
    { name: "Vitamin D3 (as cholecalciferol)", amount: 50, unit: "mcg", daily_value_percent: 250 },
    { name: "Vitamin K2 (as menaquinone-7)", amount: 100, unit: "mcg", daily_value_percent: 83 },
  ],
  other_ingredients: ["Extra virgin olive oil", "Bovine gelatin softgel"],
  diets: ["gluten-free", "soy-free"],
  suggested_use: "Take 1 softgel daily with a meal that contains fat.",
  warnings: "Talk to your doctor first if you take a blood thinner.",
  third_party_tested: true,
}

/** Supplement facts: what staff may write, what the store shows and filters on, what search finds by them. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let productId: string

    const facts = (id: string, body: unknown) => api.post(`/admin/products/${id}/supplement-facts`, body, { ...admin, ...anyStatus })
    const search = async (filters: Record<string, unknown>, facets: string[] = []) => {
      const { data } = await api.post(
        "/store/search",
        { entity: "product", filters, pagination: { take: 50 }, search_options: { typo_tolerance: true, facets } },
        store
      )
      return data.results[0] as { hits: { document: Record<string, any> }[]; facets: Record<string, { values: { value: string; count: number }[] }> }
    }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      admin = await adminHeaders(api)
      const { data: channels } = await api.get("/admin/sales-channels", admin)
      const { data } = await api.post("/admin/products", { title: "Sunshine D3 + K2", status: "published", sales_channels: [{ id: channels.sales_channels[0].id }], options: [{ title: "Size", values: ["90 softgels"] }], variants: [{ title: "90 softgels", options: { Size: "90 softgels" }, prices: [{ currency_code: "usd", amount: 19 }] }] }, admin)
      productId = data.product.id
    }, 480_000)

    it("refuses a label with a bad unit, a negative amount, an unknown diet or an unknown attribute, naming each field", async () => {
      const bad = {
        ...LABEL,
        ingredients: [
          { name: "Vitamin D3", amount: -5, unit: "mcg", daily_value_percent: 250 },
          { name: "Vitamin K2", amount: 100, unit: "grains", daily_value_percent: 83 },
        ],
        diets: ["gluten-free", "keto"],
        colour: "gold",
      }
      const { status, data } = await facts(productId, bad)
      expect(status).toBe(400)
      expect(data.type).toBe("invalid_data")
      expect(data.fields).toEqual({
        "ingredients.0.amount": "The amount must be more than 0",
        "ingredients.1.unit": expect.stringContaining("Unit must be one of: mg, mcg"),
        "diets.1": expect.stringContaining("Diet attributes must be among"),
        colour: "is not a field this request accepts",
      })
      const zeroServings = await facts(productId, { ...LABEL, servings_per_container: 0, form: "pill" })
      expect(zeroServings.status).toBe(400)
      expect(Object.keys(zeroServings.data.fields).sort()).toEqual(["form", "servings_per_container"])
      // Nothing was written by the refused requests.
      const { data: read } = await api.get(`/admin/products/${productId}/supplement-facts`, admin)
      expect(read.supplement_facts).toBeNull()
      expect((await facts("prod_missing", LABEL)).status).toBe(404)
    })

    it("writes, replaces and removes a label; the store reads it on the product", async () => {
      const { status, data } = await facts(productId, LABEL)
      expect(status).toBe(200)
      expect(data.supplement_facts).toMatchObject({ product_id: productId, form: "softgel", diets: ["gluten-free", "soy-free"] })

      const read = async () =>
        (await api.get(`/store/products/${productId}?fields=id,+supplement_facts.*`, store)).data.product.supplement_facts
      expect(await read()).toMatchObject({ ...LABEL, product_id: productId })

      // A second write replaces the whole label: the K2 line is gone.
      await facts(productId, { ...LABEL, ingredients: [LABEL.ingredients[0]], diets: [] })
      expect(await read()).toMatchObject({ ingredients: [LABEL.ingredients[0]], diets: [] })

      const removed = await api.delete(`/admin/products/${productId}/supplement-facts`, admin)
      expect(removed.data).toEqual({ id: productId, object: "supplement_facts", deleted: true })
      expect((await read()) ?? null).toBeNull()
      await facts(productId, LABEL)
    })

    it("filters the store's product list by form, diet and ingredient, and refuses unknown values", async () => {
      const handles = async (query: string) => {
        const { data } = await api.get(`/store/products?${query}&fields=handle&limit=200`, store)
        return (data.products as { handle: string }[]).map((product) => product.handle).sort()
      }
      const expected = (keep: (label: SupplementFactsInput) => boolean) =>
        Object.entries(supplementFacts)
          .filter(([, label]) => keep(label))
          .map(([handle]) => handle)
          .sort()
      const veganCapsules = expected((label) => label.form === "capsule" && (label.diets ?? []).includes("vegan"))
      expect(veganCapsules.length).toBeGreaterThan(0)
      expect(await handles("form=capsule&diet=vegan")).toEqual(veganCapsules)
      const magnesium = expected((label) => label.ingredients.some((line) => commonIngredientName(line.name).toLowerCase() === "magnesium"))
      expect(magnesium.length).toBeGreaterThan(0)
      expect(await handles("ingredient=magnesium")).toEqual(magnesium)

      const refused = await api.get("/store/products?form=pill&diet=keto", { ...store, ...anyStatus })
      expect(refused.status).toBe(400)
      expect(Object.keys(refused.data.fields).sort()).toEqual(["diet", "form"])
    })

    it("puts form, diets and ingredients in the search index as filters and facets, and finds a product by a line of its label", async () => {
      await facts(productId, LABEL)
      // "menaquinone" is only on the label, not in the title or description.
      await eventually(
        () => search({ q: "menaquinone" }),
        (result) => expect(result.hits.map((hit) => hit.document.title)).toContain("Sunshine D3 + K2"),
        20_000
      )
      const softgels = await search({ form: "softgel", diets: { $in: ["soy-free"] } }, ["form", "diets", "ingredients"])
      expect(softgels.hits.map((hit) => hit.document.title)).toContain("Sunshine D3 + K2")
      expect(softgels.hits.every((hit) => hit.document.form === "softgel" && hit.document.diets.includes("soy-free"))).toBe(true)
      expect(softgels.facets.ingredients.values).toEqual(expect.arrayContaining([expect.objectContaining({ value: "Vitamin K2" })]))
      const all = await search({}, ["form", "diets"])
      const capsuleCount = Object.values(supplementFacts).filter((label) => label.form === "capsule").length
      expect(all.facets.form.values).toEqual(expect.arrayContaining([{ value: "capsule", count: capsuleCount }]))
    })
  },
})
