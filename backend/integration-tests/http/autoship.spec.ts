import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { AUTOSHIP_LINE_METADATA_KEY } from "@supplement-store/contract"
import { registerCustomer, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { products } from "../../src/scripts/seed-data/catalog"
import { DEMO_STORE, discounted } from "../../src/scripts/seed-data/store-setup"
import { endLapsedPauses, renewDueAutoships } from "../../src/lib/autoship/renew-due"
import { AUTOSHIP_MODULE } from "../../src/modules/autoship"
import type AutoshipModuleService from "../../src/modules/autoship/service"
import { addDays } from "../../src/modules/autoship/transitions"
import { createAutoshipsFromOrderWorkflow } from "../../src/workflows/autoship/create-autoships-from-order"
import { addAutoshipLineStep } from "../../src/workflows/autoship/steps/add-autoship-line"
import { recordSkippedCycleStep } from "../../src/workflows/autoship/steps/record-skipped-cycle"
import { setAutoshipLinesStep } from "../../src/workflows/autoship/steps/set-autoship-lines"
import { syncClubMembershipStep } from "../../src/workflows/autoship/steps/sync-club-membership"
import { updateAutoshipStep } from "../../src/workflows/autoship/steps/update-autoship"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

jest.setTimeout(240_000)

const anyStatus = { validateStatus: () => true }
const address = { first_name: "Ada", last_name: "Shopper", address_1: "1 Elm Street", city: "Portland", province: "OR", postal_code: "97201", country_code: "us" }
type Headers = { headers: Record<string, string> }
type OrderRow = {
  id: string
  metadata: Record<string, unknown> | null
  items: { variant_id: string; quantity: number; unit_price: number; tax_lines: { rate: number }[] }[]
  shipping_methods: { name: string; amount: number }[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regionId: string
    const [first, second] = products.filter((p) => !p.deal_percent_off && p.variants[0].stock > 50)
    const variantIds: Record<string, string> = {}

    const autoships = () => getContainer().resolve<AutoshipModuleService>(AUTOSHIP_MODULE)

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      const { data } = await api.get("/store/regions", store)
      regionId = data.regions[0].id
      for (const product of [first, second]) {
        const { data: found } = await api.get(`/store/products?handle=${product.handle}&fields=variants.id,variants.sku`, store)
        variantIds[product.handle] = found.products[0].variants.find((v: { sku: string }) => v.sku === product.variants[0].sku).id
      }
    })

    async function newCart(who: Headers) {
      const { data } = await api.post("/store/carts", { region_id: regionId }, who)
      return data.cart.id as string
    }

    /** A checkout as a logged-in customer: the items given, free autoship delivery when offered, the system provider. */
    async function checkout(who: Headers, cartId: string) {
      await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, who)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, who)
      const free = options.shipping_options.find((o: { name: string }) => o.name === DEMO_STORE.shipping.autoship.name)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: (free ?? options.shipping_options[0]).id }, who)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, who)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, who)
      return api.post(`/store/carts/${cartId}/complete`, {}, { ...who, ...anyStatus })
    }

    /** A customer who checked out one autoship line (every 30 days) and one (every 60 days): two autoships. */
    async function customerWithAutoships(email: string) {
      const customer = await registerCustomer(api, store, email)
      const cartId = await newCart(customer)
      await api.post(`/store/carts/${cartId}/autoship-items`, { variant_id: variantIds[first.handle], quantity: 2, interval_days: 30 }, customer)
      await api.post(`/store/carts/${cartId}/autoship-items`, { variant_id: variantIds[second.handle], quantity: 1, interval_days: 60 }, customer)
      const { status, data } = await checkout(customer, cartId)
      expect(status).toBe(200)
      expect(data.type).toBe("order")
      await waitFor(async () => (await autoships().listAutoships({ customer_id: customer.id })).length === 2)
      const list = await autoships().listAutoships({ customer_id: customer.id }, { relations: ["lines"], order: { interval_days: "ASC" } })
      return { customer, order: data.order, autoships: list }
    }

    async function ordersOf(customerId: string) {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "metadata", "shipping_total", "item_total", "tax_total", "total", "items.*", "items.tax_lines.rate", "shipping_methods.name", "shipping_methods.amount"],
        filters: { customer_id: customerId },
      })
      return data as unknown as OrderRow[]
    }

    it("prices autoship lines at the member price, offers free autoship delivery only for them, and refuses a guest's autoship checkout", async () => {
      const memberPrice = discounted(first.variants[0].price, DEMO_STORE.club.percentOff)
      const guestCart = await newCart(store)
      const { data } = await api.post(`/store/carts/${guestCart}/autoship-items`, { variant_id: variantIds[first.handle], quantity: 1, interval_days: 30 }, store)
      expect(data.cart.items[0]).toMatchObject({ unit_price: memberPrice, metadata: { [AUTOSHIP_LINE_METADATA_KEY]: 30 } })

      const offered = async (cartId: string) => {
        await api.post(`/store/carts/${cartId}`, { shipping_address: address }, store)
        const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
        return data.shipping_options.map((o: { name: string }) => o.name)
      }
      expect(await offered(guestCart)).toContain(DEMO_STORE.shipping.autoship.name)
      const plainCart = await newCart(store)
      await api.post(`/store/carts/${plainCart}/line-items`, { variant_id: variantIds[first.handle], quantity: 1 }, store)
      expect(await offered(plainCart)).not.toContain(DEMO_STORE.shipping.autoship.name)

      // Only our route makes autoship lines; intervals are the store's.
      const forged = await api.post(`/store/carts/${plainCart}/line-items`, { variant_id: variantIds[first.handle], quantity: 1, metadata: { [AUTOSHIP_LINE_METADATA_KEY]: 30 } }, { ...store, ...anyStatus })
      expect(forged.status).toBe(400)
      const odd = await api.post(`/store/carts/${plainCart}/autoship-items`, { variant_id: variantIds[first.handle], quantity: 1, interval_days: 31 }, { ...store, ...anyStatus })
      expect(odd.status).toBe(400)
      expect(odd.data.fields.interval_days).toMatch(/every 30, 45, 60, 90 days/)

      const refused = await checkout(store, guestCart)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Log in or create an account to start autoship")

      // The shopper changes their mind: the line becomes one-time, at the regular price.
      const lineId = data.cart.items[0].id
      const { data: oneTime } = await api.post(`/store/carts/${guestCart}/autoship-items/${lineId}`, { interval_days: null }, store)
      expect(oneTime.cart.items).toHaveLength(1)
      expect(oneTime.cart.items[0].unit_price).toBe(first.variants[0].price)
      expect(oneTime.cart.items[0].metadata?.[AUTOSHIP_LINE_METADATA_KEY]).toBeUndefined()
    })

    it("an order with autoship lines starts one autoship per interval, once, and makes the customer a member", async () => {
      const { customer, order, autoships: list } = await customerWithAutoships("starter@example.com")
      expect(list.map((a) => [a.interval_days, a.lines.map((l) => [l.variant_id, l.quantity])])).toEqual([
        [30, [[variantIds[first.handle], 2]]],
        [60, [[variantIds[second.handle], 1]]],
      ])
      expect(list[0]).toMatchObject({ status: "active", created_from_order_id: order.id, payment_provider_id: "pp_system_default", payment_label: "Pay on delivery" })
      expect(new Date(list[0].next_order_at).getTime()).toBe(addDays(order.created_at, 30).getTime())

      // The event delivered again makes nothing new.
      await createAutoshipsFromOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(await autoships().listAutoships({ customer_id: customer.id })).toHaveLength(2)

      const { data: club } = await api.get("/store/customers/me/club", customer)
      expect(club).toMatchObject({ member: true, active_autoships: 2, member_until: null })
      // What the member prices saved on that first order.
      const saved = (product: (typeof products)[number], quantity: number) => (product.variants[0].price - discounted(product.variants[0].price, DEMO_STORE.club.percentOff)) * quantity
      expect(club.savings.amount).toBeCloseTo(saved(first, 2) + saved(second, 1), 2)
      const { data: mine } = await api.get("/store/customers/me/autoships", customer)
      expect(mine.autoships.map((a: { interval_days: number }) => a.interval_days).sort()).toEqual([30, 60])

      // Member prices on everything now, one-time lines too.
      const cartId = await newCart(customer)
      const { data } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantIds[second.handle], quantity: 1 }, customer)
      expect(data.cart.items[0].unit_price).toBe(discounted(second.variants[0].price, DEMO_STORE.club.percentOff))
    })

    it("skips, pauses, resumes and cancels for its owner only; membership ends with the last autoship", async () => {
      const { customer, autoships: [monthly, bimonthly] } = await customerWithAutoships("changer@example.com")
      const stranger = await registerCustomer(api, store, "stranger@example.com")

      const skipped = await api.post(`/store/customers/me/autoships/${monthly.id}/skip`, {}, customer)
      expect(new Date(skipped.data.autoship.next_order_at).getTime()).toBe(addDays(monthly.next_order_at, 30).getTime())
      expect(skipped.data.autoship.cycles).toEqual([expect.objectContaining({ outcome: "skipped" })])

      expect((await api.post(`/store/customers/me/autoships/${monthly.id}/pause`, {}, { ...stranger, ...anyStatus })).status).toBe(404)
      expect((await api.post(`/store/customers/me/autoships/${monthly.id}/pause`, {}, { ...store, ...anyStatus })).status).toBe(401)

      const paused = await api.post(`/store/customers/me/autoships/${monthly.id}/pause`, {}, customer)
      expect(paused.data.autoship.status).toBe("paused")
      const skipPaused = await api.post(`/store/customers/me/autoships/${monthly.id}/skip`, {}, { ...customer, ...anyStatus })
      expect(skipPaused.status).toBe(409)
      expect((await api.post(`/store/customers/me/autoships/${monthly.id}/resume`, {}, customer)).data.autoship.status).toBe("active")

      const changed = await api.post(`/store/customers/me/autoships/${monthly.id}`, { interval_days: 45, lines: [{ id: monthly.lines[0].id, quantity: 3 }] }, customer)
      expect(changed.data.autoship).toMatchObject({ interval_days: 45, lines: [expect.objectContaining({ quantity: 3 })] })
      const emptied = await api.post(`/store/customers/me/autoships/${monthly.id}`, { lines: [{ id: monthly.lines[0].id, quantity: 0 }] }, { ...customer, ...anyStatus })
      expect(emptied.status).toBe(400)
      expect(emptied.data.fields.lines).toMatch(/at least one product/)

      const added = await api.post("/store/customers/me/autoships/items", { autoship_id: monthly.id, variant_id: variantIds[second.handle], quantity: 1 }, customer)
      expect(added.data.autoship.lines).toHaveLength(2)

      await api.post(`/store/customers/me/autoships/${monthly.id}/cancel`, {}, customer)
      expect((await api.get("/store/customers/me/club", customer)).data.member).toBe(true)
      await api.post(`/store/customers/me/autoships/${bimonthly.id}/pause`, {}, customer)
      const { data: pausedClub } = await api.get("/store/customers/me/club", customer)
      expect(pausedClub).toMatchObject({ member: true, active_autoships: 0 })
      expect(pausedClub.member_until).toEqual(expect.any(String))
      await api.post(`/store/customers/me/autoships/${bimonthly.id}/cancel`, {}, customer)
      expect((await api.get("/store/customers/me/club", customer)).data.member).toBe(false)
      const [group] = await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({ name: DEMO_STORE.club.group }, { relations: ["customers"] })
      expect(group.customers!.map((c) => c.id)).not.toContain(customer.id)
    })

    it("renews due autoships once each, with two workers at once, as a checkout would price them", async () => {
      const { customer, order, autoships: [monthly, bimonthly] } = await customerWithAutoships("renewer@example.com")
      const container = getContainer()
      const notYet = addDays(monthly.next_order_at, -1)
      expect((await renewDueAutoships(container, notYet)).renewed).toBe(0)

      const due = addDays(monthly.next_order_at, 1)
      const [a, b] = await Promise.all([renewDueAutoships(container, due), renewDueAutoships(container, due)])
      expect(a.renewed + b.renewed).toBe(1)
      const orders = await ordersOf(customer.id)
      const renewal = orders.find((o) => o.metadata?.autoship_id === monthly.id)!
      expect(orders).toHaveLength(2)

      // Line by line as the first checkout made it: member price, tax, free autoship delivery.
      const checkoutLine = (await ordersOf(customer.id)).find((o) => o.id === order.id)!.items.find((i) => i.variant_id === variantIds[first.handle])!
      expect(renewal.items.map((i) => [i.variant_id, i.quantity, i.unit_price, i.tax_lines.map((t) => t.rate)])).toEqual([
        [checkoutLine.variant_id, checkoutLine.quantity, checkoutLine.unit_price, checkoutLine.tax_lines.map((t) => t.rate)],
      ])
      expect(renewal.shipping_methods.map((m) => [m.name, Number(m.amount)])).toEqual([[DEMO_STORE.shipping.autoship.name, 0]])

      const renewed = await autoships().retrieveAutoship(monthly.id, { relations: ["cycles"] })
      expect(renewed.cycles.map((c) => [c.outcome, c.order_id])).toEqual([["placed", renewal.id]])
      expect(new Date(renewed.next_order_at).getTime()).toBe(addDays(monthly.next_order_at, 30).getTime())
      // The same day again renews nothing; the 60-day one waits for its own date.
      expect((await renewDueAutoships(container, due)).renewed).toBe(0)
      expect((await autoships().retrieveAutoship(bimonthly.id)).next_order_at).toEqual(bimonthly.next_order_at)
    })

    it("leaves out what is out of stock, and a paused autoship does not renew", async () => {
      const { customer, autoships: [monthly, bimonthly] } = await customerWithAutoships("stockgap@example.com")
      const container = getContainer()
      await api.post("/store/customers/me/autoships/items", { autoship_id: monthly.id, variant_id: variantIds[second.handle], quantity: 1 }, customer)
      await setStock(container, variantIds[second.handle], 0)
      try {
        await api.post(`/store/customers/me/autoships/${bimonthly.id}/pause`, {}, customer)
        await renewDueAutoships(container, addDays(bimonthly.next_order_at, 1))

        const cycles = await autoships().listAutoshipCycles({ autoship_id: [monthly.id, bimonthly.id] })
        expect(cycles.map((c) => [c.outcome, c.missing_variant_ids])).toEqual([["placed", [variantIds[second.handle]]]])
        const renewal = (await ordersOf(customer.id)).find((o) => o.metadata?.autoship_id === monthly.id)!
        expect(renewal.items.map((i) => i.variant_id)).toEqual([variantIds[first.handle]])
      } finally {
        await setStock(container, variantIds[second.handle], second.variants[0].stock)
      }
    })

    it("a pause keeps the club for 90 days, then the autoship is cancelled and membership ends", async () => {
      const { customer, autoships: [monthly, bimonthly] } = await customerWithAutoships("pauser@example.com")
      await api.post(`/store/customers/me/autoships/${monthly.id}/cancel`, {}, customer)
      await api.post(`/store/customers/me/autoships/${bimonthly.id}/pause`, {}, customer)
      expect(await endLapsedPauses(getContainer(), addDays(new Date(), 89))).toBe(0)
      expect(await endLapsedPauses(getContainer(), addDays(new Date(), 91))).toBeGreaterThanOrEqual(1)
      expect((await autoships().retrieveAutoship(bimonthly.id)).status).toBe("cancelled")
      expect((await api.get("/store/customers/me/club", customer)).data.member).toBe(false)
    })

    it("undoes every write of its steps when a later step fails", async () => {
      const { customer, autoships: [monthly, bimonthly] } = await customerWithAutoships("undone@example.com")
      // Cancelled elsewhere, so the membership step in the failing run takes the customer out of the club.
      await autoships().updateAutoships({ id: bimonthly.id, status: "cancelled" })
      const snapshot = async () => {
        const autoship = await autoships().retrieveAutoship(monthly.id, { relations: ["lines", "cycles"] })
        const [customerRecord] = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ id: customer.id }, { relations: ["groups"] })
        return {
          status: autoship.status,
          interval_days: autoship.interval_days,
          lines: autoship.lines.map((l) => [l.variant_id, l.quantity]),
          cycles: autoship.cycles.length,
          groups: customerRecord.groups!.map((g) => g.name),
        }
      }
      const before = await snapshot()
      expect(before.groups).toContain(DEMO_STORE.club.group)

      const { errors } = await writeThenFailWorkflow(getContainer()).run({
        input: { autoship_id: monthly.id, customer_id: customer.id, line_id: monthly.lines[0].id, variant_id: variantIds[second.handle], due_at: monthly.next_order_at },
        throwOnError: false,
      })
      expect(errors.map((e) => e.error.message)).toEqual(["a later step failed"])
      expect(await snapshot()).toEqual(before)
    })

    it("orders now: a second order today, and the schedule runs on from today", async () => {
      const { customer, autoships: [monthly] } = await customerWithAutoships("eager@example.com")
      const { data } = await api.post(`/store/customers/me/autoships/${monthly.id}/order-now`, {}, customer)
      expect(data.autoship.cycles).toEqual([expect.objectContaining({ outcome: "placed", order_display_id: expect.any(Number) })])
      expect(new Date(data.autoship.next_order_at).getTime()).toBeGreaterThan(addDays(new Date(), 29).getTime())
      expect(await ordersOf(customer.id)).toHaveLength(2)
    })
  },
})

// Every write step of the autoship workflows, then a failure: what they wrote must be undone.
const failStep = createStep("fail-after-autoship-writes", async () => {
  throw new Error("a later step failed")
})
type UndoInput = { autoship_id: string; customer_id: string; line_id: string; variant_id: string; due_at: Date }
const writeThenFailWorkflow = createWorkflow("autoship-writes-then-fail", (input: UndoInput) => {
  updateAutoshipStep({ id: input.autoship_id, status: "cancelled", interval_days: 90 })
  setAutoshipLinesStep({ autoship_id: input.autoship_id, lines: [{ id: input.line_id, quantity: 5 }] })
  addAutoshipLineStep({ autoship_id: input.autoship_id, variant_id: input.variant_id, quantity: 1 })
  recordSkippedCycleStep({ autoship_id: input.autoship_id, due_at: input.due_at })
  syncClubMembershipStep({ customer_id: input.customer_id })
  failStep()
  return new WorkflowResponse(null)
})

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) {
      throw new Error("timed out waiting")
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function setStock(container: MedusaContainer, variantId: string, stocked: number) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: variantId },
  })
  const inventory = container.resolve(Modules.INVENTORY)
  const itemId = data[0].inventory_items![0]!.inventory_item_id
  const levels = await inventory.listInventoryLevels({ inventory_item_id: itemId })
  await inventory.updateInventoryLevels(levels.map((level) => ({ inventory_item_id: itemId, location_id: level.location_id, stocked_quantity: stocked + level.reserved_quantity })))
}
