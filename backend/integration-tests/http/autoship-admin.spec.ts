import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { DEFAULT_AUTOSHIP_INTERVALS } from "@supplement-store/contract"
import { adminHeaders, placeOrder, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { AUTOSHIP_MODULE } from "../../src/modules/autoship"
import type AutoshipModuleService from "../../src/modules/autoship/service"
import { listAutoshipViews } from "../../src/lib/autoship/present"

jest.setTimeout(240_000)

const anyStatus = { validateStatus: () => true }
const DAY_MS = 24 * 60 * 60 * 1000
// Due dates at noon UTC, so "today + n" is the same UTC date wherever the suite runs.
const todayNoon = Date.parse(new Date().toISOString().slice(0, 10)) + DAY_MS / 2
const inDays = (n: number) => new Date(todayNoon + n * DAY_MS)
const dateIn = (n: number) => inDays(n).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const ids = {} as { first: string; paused: string; weekly: string; otherCustomer: string; order: { id: string; display_id: number } }
    let variants: { id: string; title: string; sku: string }[]

    beforeAll(async () => {
      const container = getContainer()
      const store = await seedAndGetStoreHeaders(container)
      admin = await adminHeaders(api)
      const order = await placeOrder(api, store, { email: "first-order@example.com" })
      const { data: regions } = await api.get("/store/regions", store)
      const region = regions.regions[0]

      const { data: created } = await api.post(
        "/admin/products",
        {
          title: "Autoship Test Magnesium",
          status: "published",
          options: [{ title: "Size", values: ["60", "120"] }],
          variants: ["60", "120"].map((size) => ({
            title: `${size} capsules`,
            sku: `AS-MAG-${size}`,
            options: { Size: size },
            manage_inventory: false,
            prices: [{ currency_code: region.currency_code, amount: 20 }],
          })),
        },
        admin
      )
      variants = created.product.variants.sort((a: { sku: string }, b: { sku: string }) =>
        a.sku.localeCompare(b.sku, "en", { numeric: true })
      )

      const [ada, bob] = await container.resolve(Modules.CUSTOMER).createCustomers([
        { email: "ada.subscriber@example.com", first_name: "Ada", last_name: "Subscriber" },
        { email: "bob.weekly@example.com", first_name: "Bob", last_name: "Weekly" },
      ])
      ids.otherCustomer = bob.id
      ids.order = order

      const autoships = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
      const base = {
        region_id: region.id,
        currency_code: region.currency_code,
        shipping_address: {
          first_name: "Ada",
          last_name: "Subscriber",
          address_1: "1 Elm Street",
          city: "Portland",
          postal_code: "97201",
          country_code: "us",
        },
        shipping_option_id: "so_test",
        payment_provider_id: "pp_system_default",
        payment_label: "Pay on delivery",
      }
      const [first, paused, weekly] = await autoships.createAutoships([
        { ...base, customer_id: ada.id, email: ada.email, interval_days: 30, next_order_at: inDays(2), created_from_order_id: order.id },
        {
          ...base,
          customer_id: ada.id,
          email: ada.email,
          interval_days: 45,
          next_order_at: inDays(5),
          status: "paused",
          paused_at: new Date(),
        },
        { ...base, customer_id: bob.id, email: bob.email, interval_days: 7, next_order_at: inDays(3) },
      ])
      Object.assign(ids, { first: first.id, paused: paused.id, weekly: weekly.id })
      await autoships.createAutoshipLines([
        { autoship_id: first.id, variant_id: variants[0].id, quantity: 2 },
        { autoship_id: first.id, variant_id: variants[1].id, quantity: 1 },
        { autoship_id: paused.id, variant_id: variants[0].id, quantity: 1 },
        { autoship_id: weekly.id, variant_id: variants[0].id, quantity: 3 },
      ])
      await autoships.createAutoshipCycles([
        {
          autoship_id: first.id,
          due_at: inDays(-28),
          outcome: "placed",
          claimed_at: inDays(-28),
          order_id: order.id,
          missing_variant_ids: [],
        },
        { autoship_id: first.id, due_at: inDays(-58), outcome: "skipped", claimed_at: inDays(-58), missing_variant_ids: [] },
      ])
    })

    const listIds = async (query: string) => {
      const { status, data } = await api.get(`/admin/autoships${query}`, admin)
      expect(status).toBe(200)
      return data.autoships.map((autoship: { id: string }) => autoship.id)
    }

    describe("GET /admin/autoships", () => {
      it("lists every autoship, soonest shipment first, with its customer", async () => {
        const { data } = await api.get("/admin/autoships", admin)
        expect(data).toMatchObject({ count: 3, limit: 20, offset: 0 })
        expect(data.autoships.map((a: { id: string }) => a.id)).toEqual([ids.first, ids.weekly, ids.paused])
        expect(data.autoships[0].customer).toMatchObject({ email: "ada.subscriber@example.com", first_name: "Ada" })
      })

      it("filters by status, customer, due range (inclusive) and email", async () => {
        expect(await listIds("?status=paused")).toEqual([ids.paused])
        expect(await listIds(`?customer_id=${ids.otherCustomer}`)).toEqual([ids.weekly])
        expect(await listIds(`?due_from=${dateIn(2)}&due_to=${dateIn(3)}`)).toEqual([ids.first, ids.weekly])
        expect(await listIds(`?due_to=${dateIn(2)}`)).toEqual([ids.first])
        expect(await listIds(`?due_from=${dateIn(4)}`)).toEqual([ids.paused])
        expect(await listIds("?q=BOB.weekly")).toEqual([ids.weekly])
        expect(await listIds("?q=%25")).toEqual([])
      })

      it("pages", async () => {
        const { data } = await api.get("/admin/autoships?limit=1&offset=1", admin)
        expect(data).toMatchObject({ count: 3, limit: 1, offset: 1 })
        expect(data.autoships.map((a: { id: string }) => a.id)).toEqual([ids.weekly])
      })

      it("refuses a bad filter with its field named", async () => {
        const { status, data } = await api.get("/admin/autoships?status=sleeping&due_from=tomorrow", { ...admin, ...anyStatus })
        expect(status).toBe(400)
        expect(Object.keys(data.fields).sort()).toEqual(["due_from", "status"])
      })
    })

    describe("GET /admin/autoships/:id", () => {
      it("answers the autoship with its lines, payment and every cycle with its order", async () => {
        const { status, data } = await api.get(`/admin/autoships/${ids.first}`, admin)
        expect(status).toBe(200)
        const { autoship } = data
        expect(autoship).toMatchObject({
          id: ids.first,
          status: "active",
          interval_days: 30,
          next_order_at: inDays(2).toISOString(),
          payment: { provider: "system", label: "Pay on delivery" },
          shipping_address: { city: "Portland" },
          created_from_order_id: ids.order.id,
          customer: { email: "ada.subscriber@example.com" },
        })
        expect(autoship.lines).toHaveLength(2)
        expect(autoship.lines).toContainEqual(
          expect.objectContaining({
            variant_id: variants[0].id,
            quantity: 2,
            product_title: "Autoship Test Magnesium",
            variant_title: "60 capsules",
            product_handle: expect.any(String),
            unit_price: null,
            in_stock: true,
          })
        )
        expect(autoship.cycles.map((c: { outcome: string }) => c.outcome)).toEqual(["placed", "skipped"])
        expect(autoship.cycles[0]).toMatchObject({ order_id: ids.order.id, order_display_id: ids.order.display_id })
        expect(autoship.cycles[1]).toMatchObject({ order_id: null, order_display_id: null })
      })

      it("names the links as the module's readers expect", async () => {
        const { data } = await getContainer()
          .resolve("query")
          .graph({ entity: "autoship", fields: ["id", "created_from_order.display_id", "customer.email"], filters: { id: ids.first } })
        expect(data[0]).toMatchObject({
          created_from_order: { display_id: ids.order.display_id },
          customer: { email: "ada.subscriber@example.com" },
        })
      })

      it("gives customers (the store routes' view) the member price and no customer", async () => {
        const container = getContainer()
        const { data: seeded } = await container.resolve("query").graph({
          entity: "product_variant",
          fields: ["id"],
          filters: { id: { $nin: variants.map((variant) => variant.id) } },
          pagination: { take: 1 },
        })
        await container
          .resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
          .createAutoshipLines([{ autoship_id: ids.paused, variant_id: seeded[0].id, quantity: 1 }])

        const { autoships } = await listAutoshipViews(container, { id: ids.paused }, { limit: 1, offset: 0, withCustomer: false })
        expect(autoships[0]).not.toHaveProperty("customer")
        const line = autoships[0].lines.find((l) => l.variant_id === seeded[0].id)
        expect(line).toMatchObject({ unit_price: expect.any(Number), in_stock: true })
      })

      it("answers 404 for an unknown autoship", async () => {
        const { status } = await api.get("/admin/autoships/ashp_unknown", { ...admin, ...anyStatus })
        expect(status).toBe(404)
      })
    })

    describe("GET /admin/autoships/upcoming", () => {
      it("plans the next 14 days: active autoships per day, units per variant, repeats within the window", async () => {
        const { status, data } = await api.get("/admin/autoships/upcoming", admin)
        expect(status).toBe(200)
        expect(data.days).toHaveLength(14)
        expect(data.days[0].date).toBe(dateIn(0))
        const day = (n: number) => data.days.find((d: { date: string }) => d.date === dateIn(n))

        expect(day(2)).toMatchObject({ autoships: 1, units: 3 })
        expect(day(2).variants).toEqual([
          { variant_id: variants[0].id, title: "Autoship Test Magnesium · 60 capsules", sku: "AS-MAG-60", quantity: 2 },
          { variant_id: variants[1].id, title: "Autoship Test Magnesium · 120 capsules", sku: "AS-MAG-120", quantity: 1 },
        ])
        expect(day(3)).toMatchObject({ autoships: 1, units: 3 })
        expect(day(10)).toMatchObject({ autoships: 1, units: 3 })
        // Paused autoships do not ship.
        expect(day(5)).toMatchObject({ autoships: 0, units: 0, variants: [] })
      })

      it("takes another window and refuses one past 90 days", async () => {
        const { data } = await api.get("/admin/autoships/upcoming?days=3", admin)
        expect(data.days.map((d: { date: string }) => d.date)).toEqual([dateIn(0), dateIn(1), dateIn(2)])
        const { status, data: refused } = await api.get("/admin/autoships/upcoming?days=91", { ...admin, ...anyStatus })
        expect(status).toBe(400)
        expect(refused.fields).toHaveProperty("days")
      })
    })

    // Each case starts from the database as beforeAll left it (the runner restores it).
    describe("GET|POST /admin/autoships/settings", () => {
      it("answers the default intervals, then saves a new list, deduplicated and sorted", async () => {
        const stores = getContainer().resolve(Modules.STORE)
        const [{ id: storeId }] = await stores.listStores()
        await stores.updateStores(storeId, { metadata: { kept: "yes" } })
        const before = await api.get("/admin/autoships/settings", admin)
        expect(before.data).toEqual({ intervals: [...DEFAULT_AUTOSHIP_INTERVALS] })

        const saved = await api.post("/admin/autoships/settings", { intervals: [60, 14, 60] }, admin)
        expect(saved.status).toBe(200)
        expect(saved.data).toEqual({ intervals: [14, 60] })
        const after = await api.get("/admin/autoships/settings", admin)
        expect(after.data).toEqual({ intervals: [14, 60] })

        // The rest of the store's metadata is kept.
        const [store] = await stores.listStores()
        expect(store.metadata).toEqual({ kept: "yes", autoship_intervals: [14, 60] })
      })

      it("refuses a bad interval list with its fields named", async () => {
        const tooShort = await api.post("/admin/autoships/settings", { intervals: [3, 30] }, { ...admin, ...anyStatus })
        expect(tooShort.status).toBe(400)
        expect(tooShort.data).toMatchObject({ type: "invalid_data", fields: { "intervals.0": expect.stringContaining("7 days") } })

        const empty = await api.post("/admin/autoships/settings", { intervals: [] }, { ...admin, ...anyStatus })
        expect(empty.status).toBe(400)
        expect(empty.data.fields).toEqual({ intervals: "Offer at least one interval" })

        const unchanged = await api.get("/admin/autoships/settings", admin)
        expect(unchanged.data).toEqual({ intervals: [...DEFAULT_AUTOSHIP_INTERVALS] })
      })
    })

    describe("POST /admin/autoships/:id/{pause,resume,cancel}", () => {
      it("pauses and resumes on the customer's behalf", async () => {
        const paused = await api.post(`/admin/autoships/${ids.first}/pause`, {}, admin)
        expect(paused.status).toBe(200)
        expect(paused.data.autoship).toMatchObject({ id: ids.first, status: "paused", paused_at: expect.any(String) })
        expect(await listIds("?status=paused")).toEqual([ids.first, ids.paused])

        const resumed = await api.post(`/admin/autoships/${ids.first}/resume`, {}, admin)
        expect(resumed.data.autoship).toMatchObject({ id: ids.first, status: "active" })
      })

      it("cancels on the customer's behalf", async () => {
        const { status, data } = await api.post(`/admin/autoships/${ids.weekly}/cancel`, {}, admin)
        expect(status).toBe(200)
        expect(data.autoship).toMatchObject({ id: ids.weekly, status: "cancelled", customer: { email: "bob.weekly@example.com" } })
        expect(await listIds("?status=cancelled")).toEqual([ids.weekly])
      })

      it("answers 404 for an unknown autoship", async () => {
        const { status } = await api.post("/admin/autoships/ashp_unknown/cancel", {}, { ...admin, ...anyStatus })
        expect(status).toBe(404)
      })
    })
  },
})
