import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { mailsTo, outboxMails } from "../helpers/autoship"
import { adminHeaders, registerCustomer, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { trustLoopbackProxy } from "../helpers/forwarded-clients"
import { REVIEWS_MODULE } from "../../src/modules/reviews"
import type ReviewsModuleService from "../../src/modules/reviews/service"
import { notifyBackInStockWorkflow } from "../../src/workflows/reviews/notify-back-in-stock"

jest.setTimeout(240_000)
trustLoopbackProxy()

type Headers = { headers: Record<string, string> }
const anyStatus = { validateStatus: () => true }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const CONFIRMATION = "stock-alert-confirmation"
const BACK_IN_STOCK = "stock-alert-back-in-stock"

let clientCounter = 0
/** Each call speaks as another client, so the per-client limits count only what a test means them to. */
const asClient = (who: Headers) => ({ headers: { ...who.headers, "x-forwarded-for": `198.51.100.${++clientCounter}` }, ...anyStatus })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let locationId: string
    /** Seeded variants: sold out (stock 0) and one with plenty. */
    const variants: Record<"artemisia" | "binder60" | "binder120" | "inStock", { id: string; inventory_item_id: string; product_id: string }> = {} as never

    const reviews = () => getContainer().resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const alertsFor = (variantId: string) => reviews().listStockAlerts({ variant_id: variantId }, { order: { created_at: "ASC" } })

    async function findVariant(handle: string, sku?: string) {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "variants.id", "variants.sku", "variants.inventory_items.inventory_item_id"],
        filters: { handle },
      })
      const product = data[0] as unknown as { id: string; variants: { id: string; sku: string; inventory_items: { inventory_item_id: string }[] }[] }
      const variant = sku ? product.variants.find((v) => v.sku === sku)! : product.variants[0]
      return { id: variant.id, inventory_item_id: variant.inventory_items[0].inventory_item_id, product_id: product.id }
    }

    /** Staff set a variant's stock at the warehouse through the admin API (an inventory level event follows). */
    async function setStock(variant: { inventory_item_id: string }, stocked: number) {
      const { status } = await api.post(`/admin/inventory-items/${variant.inventory_item_id}/location-levels/${locationId}`, { stocked_quantity: stocked }, admin)
      expect(status).toBe(200)
    }

    /** A customer waiting for a variant (customers wait at once); answers their account email. */
    async function waitingCustomer(email: string, variantId: string) {
      const customer = await registerCustomer(api, store, email)
      const { status, data } = await api.post("/store/stock-alerts", { variant_id: variantId }, asClient(customer))
      expect([status, data]).toEqual([200, { status: "waiting" }])
      return email
    }

    /** Every back-in-stock mail sent so far, oldest first, once the subscribers have had time to send more. */
    async function backInStockMails(atLeast: number) {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const deadline = Date.now() + 15_000
      let sent: { to: string; data: Record<string, string>; created_at: Date }[] = []
      do {
        sent = (await notifications.listNotifications({ template: BACK_IN_STOCK }, { order: { created_at: "ASC" } })) as never
        if (sent.length >= atLeast) break
        await sleep(250)
      } while (Date.now() < deadline)
      // Late or repeated events would send more: give them a moment to show.
      await sleep(1500)
      return (await notifications.listNotifications({ template: BACK_IN_STOCK }, { order: { created_at: "ASC" } })) as unknown as typeof sent
    }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      admin = await adminHeaders(api)
      const [location] = await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1 })
      locationId = location.id
      variants.artemisia = await findVariant("artemisia-annua-capsules")
      variants.binder60 = await findVariant("gentle-binder-blend", "FBR-BIND-60")
      variants.binder120 = await findVariant("gentle-binder-blend", "FBR-BIND-120")
      variants.inStock = await findVariant("liposomal-glutathione")
    })

    it("refuses in-stock and unknown variants and hostile bodies with a 400 that names the field", async () => {
      const inStock = await api.post("/store/stock-alerts", { variant_id: variants.inStock.id, email: "reader@example.com" }, asClient(store))
      expect(inStock.status).toBe(400)
      expect(inStock.data).toMatchObject({ message: "This product is in stock", fields: { variant_id: "This product is in stock" } })

      const unknown = await api.post("/store/stock-alerts", { variant_id: "variant_01NOSUCHTHING", email: "reader@example.com" }, asClient(store))
      expect([unknown.status, unknown.data.fields]).toEqual([400, { variant_id: "Choose a product option" }])

      const cases: [unknown, string][] = [
        [{ variant_id: variants.artemisia.id }, "email"],
        [{ variant_id: variants.artemisia.id, email: "not an address" }, "email"],
        [{ variant_id: "'; drop table stock_alert; --", email: "reader@example.com" }, "variant_id"],
        [{ variant_id: ["variant_1"], email: "reader@example.com" }, "variant_id"],
        [{ variant_id: variants.artemisia.id, email: `${"a".repeat(300)}@example.com` }, "email"],
      ]
      for (const [body, field] of cases) {
        const { status, data } = await api.post("/store/stock-alerts", body, asClient(store))
        expect([status, Object.keys(data.fields ?? {})]).toEqual([400, [field]])
      }
      const extra = await api.post("/store/stock-alerts", { variant_id: variants.artemisia.id, email: "reader@example.com", status: "waiting" }, asClient(store))
      expect(extra.status).toBe(400)
      expect(await alertsFor(variants.artemisia.id)).toHaveLength(0)
    })

    it("a guest hears the same 202 for a new, a known and a waiting address, confirms by the mailed link, and can cancel", async () => {
      await registerCustomer(api, store, "known-reader@example.com")
      const variantId = variants.binder120.id
      const answers = await Promise.all(
        ["new-reader@example.com", "KNOWN-reader@example.com"].map((email) => api.post("/store/stock-alerts", { variant_id: variantId, email }, asClient(store)))
      )
      for (const { status, data } of answers) {
        expect([status, data]).toEqual([202, { status: "check_your_email" }])
      }
      // The same request again: the same answer, no second row, no second mail within the window.
      const again = await api.post("/store/stock-alerts", { variant_id: variantId, email: "new-reader@example.com" }, asClient(store))
      expect([again.status, again.data]).toEqual([202, { status: "check_your_email" }])
      expect((await alertsFor(variantId)).map((a) => [a.email, a.status, a.customer_id])).toEqual(
        expect.arrayContaining([["new-reader@example.com", "pending", null], ["known-reader@example.com", "pending", null]])
      )
      expect(await alertsFor(variantId)).toHaveLength(2)

      const [mail] = await mailsTo(getContainer(), "new-reader@example.com", CONFIRMATION)
      await sleep(500)
      expect(await mailsTo(getContainer(), "new-reader@example.com", CONFIRMATION, 1, 0)).toHaveLength(1)
      const [eml] = await outboxMails("new-reader@example.com", CONFIRMATION)
      expect(eml.subject).toBe("Confirm your alert for Gentle Binder Blend")
      expect(eml.text).toContain(mail.data.confirm_url)
      const confirmUrl = new URL(mail.data.confirm_url)
      expect(confirmUrl.pathname).toBe("/stock-alerts/confirm")
      const token = confirmUrl.searchParams.get("token")!

      // Opening the link only reads; the page's button confirms, once, however often it is pressed.
      const read = await api.get(`/store/stock-alerts/confirm?token=${encodeURIComponent(token)}`, asClient(store))
      expect(read.data).toEqual({ status: "pending", product: { title: "Gentle Binder Blend", handle: "gentle-binder-blend", variant_title: "120 capsules" } })
      for (let i = 0; i < 2; i++) {
        const confirmed = await api.post("/store/stock-alerts/confirm", { token }, asClient(store))
        expect([confirmed.status, confirmed.data.status]).toEqual([200, "waiting"])
      }
      const [newReader] = (await alertsFor(variantId)).filter((a) => a.email === "new-reader@example.com")
      expect(newReader.confirmed_at).not.toBeNull()

      const altered = await api.post("/store/stock-alerts/confirm", { token: token.slice(0, -3) + "abc" }, asClient(store))
      expect([altered.status, Object.keys(altered.data.fields)]).toEqual([400, ["token"]])
      // A cancel link does not confirm, nor the other way round (each has its own audience).
      const cancelToken = new URL(mail.data.cancel_url).searchParams.get("token")!
      expect((await api.post("/store/stock-alerts/confirm", { token: cancelToken }, asClient(store))).status).toBe(400)

      const cancelled = await api.post("/store/stock-alerts/cancel", { token: cancelToken }, asClient(store))
      expect([cancelled.status, cancelled.data.status]).toEqual([200, "cancelled"])
      // Cancelled is final: the old confirmation link does not bring it back.
      expect((await api.post("/store/stock-alerts/confirm", { token }, asClient(store))).data.status).toBe("cancelled")
      // Asking again later starts a new alert (the cancelled one stays as it was).
      await api.post("/store/stock-alerts", { variant_id: variantId, email: "new-reader@example.com" }, asClient(store))
      expect((await alertsFor(variantId)).filter((a) => a.email === "new-reader@example.com").map((a) => a.status)).toEqual(["cancelled", "pending"])
    })

    it("a customer waits at once with the account's address, whatever the body says", async () => {
      const customer = await registerCustomer(api, store, "account-reader@example.com")
      const { status, data } = await api.post("/store/stock-alerts", { variant_id: variants.binder120.id, email: "someone-else@example.com" }, asClient(customer))
      expect([status, data]).toEqual([200, { status: "waiting" }])
      const mine = (await alertsFor(variants.binder120.id)).filter((a) => a.customer_id === customer.id)
      expect(mine.map((a) => [a.email, a.status])).toEqual([["account-reader@example.com", "waiting"]])
      expect(await mailsTo(getContainer(), "someone-else@example.com", undefined, 1, 1000)).toHaveLength(0)
      expect(await mailsTo(getContainer(), "account-reader@example.com", CONFIRMATION, 1, 0)).toHaveLength(0)
    })

    it("a restock mails the oldest waiting readers once each, at most units + margin; the rest on the next restock", async () => {
      const margin = reviews().alertMargin
      const variant = variants.binder60
      const readers: string[] = []
      for (let i = 1; i <= margin + 3; i++) {
        readers.push(await waitingCustomer(`queue-${i}@example.com`, variant.id))
      }
      // Neither an unconfirmed guest nor a cancelled alert is ever mailed.
      await api.post("/store/stock-alerts", { variant_id: variant.id, email: "unconfirmed@example.com" }, asClient(store))
      const cancelledAlert = (await alertsFor(variant.id)).find((a) => a.email === readers[0])!
      await reviews().updateStockAlerts({ id: cancelledAlert.id, status: "cancelled" })
      const queue = readers.slice(1)

      await setStock(variant, 1)
      const first = await backInStockMails(1 + margin)
      expect(first.map((mail) => mail.to)).toEqual(queue.slice(0, 1 + margin))
      expect(first[0].data.product_url).toMatch(/\/products\/gentle-binder-blend$/)
      const [eml] = await outboxMails(queue[0], BACK_IN_STOCK)
      expect(eml.subject).toBe("Back in stock: Gentle Binder Blend")
      expect(eml.text).toContain(first[0].data.product_url)

      // More stock while still in stock is the same restock: nobody else yet.
      await setStock(variant, 2)
      expect((await backInStockMails(first.length + 1)).length).toBe(first.length)

      // Sold out, then back: the next in line, once each.
      await setStock(variant, 0)
      await sleep(1000)
      await setStock(variant, 5)
      const all = await backInStockMails(queue.length)
      expect(all.map((mail) => mail.to)).toEqual(queue)
      const statuses = Object.fromEntries((await alertsFor(variant.id)).map((a) => [a.email, a.status]))
      expect(statuses).toMatchObject({ [readers[0]]: "cancelled", "unconfirmed@example.com": "pending", ...Object.fromEntries(queue.map((email) => [email, "sent"])) })
    })

    it("concurrent stock events mail each reader at most once and never beyond the restock's budget", async () => {
      const margin = reviews().alertMargin
      const variant = variants.artemisia
      const readers: string[] = []
      for (let i = 1; i <= margin + 3; i++) {
        readers.push(await waitingCustomer(`race-${i}@example.com`, variant.id))
      }
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const before = (await notifications.listNotifications({ template: BACK_IN_STOCK })).length

      // The level changes (its own event follows) while two more runs for the same item race it.
      await getContainer().resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: variant.inventory_item_id, location_id: locationId, stocked_quantity: 1 }])
      const runs = await Promise.all(
        [1, 2].map(() => notifyBackInStockWorkflow(getContainer()).run({ input: { inventory_item_ids: [variant.inventory_item_id] } }))
      )
      expect(runs.every(({ errors }) => !errors?.length)).toBe(true)
      const sent = (await backInStockMails(before + 1 + margin)).slice(before)
      expect(sent.map((mail) => mail.to)).toEqual(readers.slice(0, 1 + margin))
      const statuses = (await alertsFor(variant.id)).map((a) => a.status)
      expect(statuses.filter((s) => s === "sent")).toHaveLength(1 + margin)
      expect(statuses.filter((s) => s === "waiting")).toHaveLength(readers.length - 1 - margin)
    })

    it("shows staff the demand per variant, most waited-for first", async () => {
      const alert = (variant: { id: string; product_id: string }, email: string, status: "pending" | "waiting" | "sent" | "cancelled") => ({
        variant_id: variant.id,
        product_id: variant.product_id,
        email,
        status,
        confirmed_at: status === "pending" ? null : new Date(),
        client_hash: "test",
      })
      await reviews().createStockAlerts([
        ...["a", "b", "c"].map((name) => alert(variants.artemisia, `${name}@example.com`, "waiting")),
        alert(variants.artemisia, "done@example.com", "sent"),
        alert(variants.binder120, "d@example.com", "waiting"),
        alert(variants.binder120, "e@example.com", "pending"),
        alert(variants.binder120, "f@example.com", "pending"),
        alert(variants.binder60, "g@example.com", "pending"),
        alert(variants.binder60, "h@example.com", "cancelled"),
      ])
      expect((await api.get("/admin/stock-alerts", anyStatus)).status).toBe(401)
      const { data } = await api.get("/admin/stock-alerts", admin)
      expect(data).toMatchObject({ count: 3, limit: 20, offset: 0 })
      expect(data.demand.map((row: { variant_id: string; waiting: number; pending: number }) => [row.variant_id, row.waiting, row.pending])).toEqual([
        [variants.artemisia.id, 3, 0],
        [variants.binder120.id, 1, 2],
        [variants.binder60.id, 0, 1],
      ])
      expect(data.demand[1]).toMatchObject({ product_title: "Gentle Binder Blend", variant_title: "120 capsules", sku: "FBR-BIND-120", available: 0, oldest_request_at: expect.any(String) })

      const filtered = await api.get(`/admin/stock-alerts?product_id=${variants.binder120.product_id}&limit=1`, admin)
      expect(filtered.data).toMatchObject({ count: 2, demand: [{ variant_id: variants.binder120.id }] })
      expect((await api.get("/admin/stock-alerts?limit=1000", { ...admin, ...anyStatus })).status).toBe(400)
    })
  },
})
