import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders, seedAndGetStoreHeaders } from "../helpers/demo-store"
import {
  freePortSync,
  signedEvent,
  StripeDoubleProcess,
  stripeDoubleEnv,
} from "../helpers/stripe-double"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { products } from "../../src/scripts/seed-data/catalog"
import { seedDemoStore } from "../../src/scripts/seed-data/seed-store"
import { DEMO_STORE } from "../../src/scripts/seed-data/store-setup"
import { STRIPE_WEBHOOK_MODULE } from "../../src/modules/stripe-webhook"
import type StripeWebhookModuleService from "../../src/modules/stripe-webhook/service"

jest.setTimeout(240_000)

const DOUBLE_PORT = freePortSync()
const STRIPE_ENV = stripeDoubleEnv(DOUBLE_PORT)
const { stripe: STRIPE, system: SYSTEM } = DEMO_STORE.paymentProviders
const WEBHOOK = "/hooks/payment/stripe_stripe"
// Medusa queues webhook events with a 5 s delay before processing them.
const WEBHOOK_SETTLE_MS = 7_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// The runner loads medusa-config.ts before it applies its `env` option, so the Stripe settings go
// into the environment now (and are taken out again when this file is done).
const savedEnv = Object.fromEntries(Object.keys(STRIPE_ENV).map((key) => [key, process.env[key]]))
Object.assign(process.env, STRIPE_ENV)
afterAll(() => {
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

medusaIntegrationTestRunner({
  env: STRIPE_ENV,
  testSuite: ({ api, getContainer }) => {
    let double: StripeDoubleProcess
    let store: { headers: Record<string, string> }
    let regionId: string
    let variantId: string

    beforeAll(async () => {
      double = await StripeDoubleProcess.start(DOUBLE_PORT)
      store = await seedAndGetStoreHeaders(getContainer())
      const { data } = await api.get("/store/regions", store)
      regionId = data.regions[0].id
      const product = products.find((p) => !p.deal_percent_off && p.variants[0].stock > 30)!
      const found = await api.get(`/store/products?handle=${product.handle}&fields=variants.id`, store)
      variantId = found.data.products[0].variants[0].id
    })

    afterAll(() => double?.stop())

    /** A cart with an item, an address and delivery, and a Stripe payment session (a payment intent). */
    async function cartReadyToPay() {
      const { data: created } = await api.post("/store/carts", { region_id: regionId, email: "card@example.com" }, store)
      const cartId = created.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 2 }, store)
      const address = { first_name: "Ada", last_name: "Card", address_1: "1 Main St", city: "Columbus", province: "OH", postal_code: "43215", country_code: "us" }
      await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, store)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      const { data } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: STRIPE },
        store
      )
      const session = data.payment_collection.payment_sessions[0]
      const { data: cart } = await api.get(`/store/carts/${cartId}?fields=id,total`, store)
      return { cartId, total: cart.cart.total as number, session, intentId: session.data.id as string }
    }

    async function postWebhook(payload: string, signature?: string) {
      const response = await fetch(`${api.defaults.baseURL}${WEBHOOK}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
        body: payload,
      })
      return { status: response.status, body: await response.json().catch(() => null) }
    }

    async function orderOfCart(cartId: string): Promise<string | null> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return (data[0] as unknown as { order_id?: string } | undefined)?.order_id ?? null
    }

    async function waitForOrder(cartId: string, timeoutMs = 30_000): Promise<string> {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const orderId = await orderOfCart(cartId)
        if (orderId) {
          return orderId
        }
        await sleep(500)
      }
      throw new Error(`no order for cart ${cartId} after ${timeoutMs} ms`)
    }

    async function orderCount() {
      const [, count] = await getContainer().resolve(Modules.ORDER).listAndCountOrders({}, { select: ["id"] })
      return count
    }

    async function recordedEvents(ids: string[]) {
      const webhooks: StripeWebhookModuleService = getContainer().resolve(STRIPE_WEBHOOK_MODULE)
      return webhooks.listStripeWebhookEvents({ id: ids })
    }

    async function orderPayments(orderId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "total", "payment_collections.payments.*", "payment_collections.payments.captures.*", "payment_collections.payments.refunds.*"],
        filters: { id: orderId },
      })
      const order = data[0] as unknown as { total: number; payment_collections: { payments: any[] }[] }
      return { total: Number(order.total), payments: order.payment_collections.flatMap((c) => c.payments) }
    }

    it("offers Stripe next to the system provider in the US region; seeding again adds it to a region without it", async () => {
      const providersOffered = async () => {
        const { data } = await api.get(`/store/payment-providers?region_id=${regionId}`, store)
        return data.payment_providers.map((p: { id: string }) => p.id).sort()
      }
      expect(await providersOffered()).toEqual([STRIPE, SYSTEM].sort())

      // A database seeded before Stripe was configured: the region only has the system provider.
      await updateRegionsWorkflow(getContainer()).run({ input: { selector: { id: regionId }, update: { payment_providers: [SYSTEM] } } })
      expect(await providersOffered()).toEqual([SYSTEM])
      await seedDemoStore(getContainer())
      expect(await providersOffered()).toEqual([STRIPE, SYSTEM].sort())
    })

    it("a Stripe payment session creates a payment intent for the cart's total, tagged with the session", async () => {
      const { session, total, intentId } = await cartReadyToPay()
      expect(session.provider_id).toBe(STRIPE)
      expect(session.data.client_secret).toMatch(new RegExp(`^${intentId}_secret_`))

      const created = (await double.requests()).find((r) => r.method === "POST" && r.path === "/v1/payment_intents" && r.body.metadata?.session_id === session.id)
      expect(created).toBeDefined()
      expect(created!.body).toMatchObject({
        amount: String(Math.round(total * 100)),
        currency: "usd",
        capture_method: "automatic",
        automatic_payment_methods: { enabled: "true" },
      })
    })

    it("an unpaid cart is not turned into an order, and keeps its items", async () => {
      const { cartId } = await cartReadyToPay()
      const refused = await api.post(`/store/carts/${cartId}/complete`, {}, { ...store, validateStatus: () => true })
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/was not authorized with the provider/)
      expect(await orderOfCart(cartId)).toBeNull()
      const { data } = await api.get(`/store/carts/${cartId}?fields=id,completed_at,*items`, store)
      expect(data.cart.completed_at).toBeNull()
      expect(data.cart.items).toHaveLength(1)
    })

    it("refuses webhooks without a valid signature with 400, and nothing changes", async () => {
      const { cartId, intentId } = await cartReadyToPay()
      const paid = await double.confirm(intentId, "succeeded")
      const secret = STRIPE_ENV.STRIPE_WEBHOOK_SECRET
      const good = signedEvent("payment_intent.succeeded", paid, secret)
      const ordersBefore = await orderCount()

      const attempts = {
        missing: await postWebhook(good.payload),
        tampered: await postWebhook(good.payload.replace(`"amount":${paid.amount}`, `"amount":1`), good.signature),
        wrongSecret: await postWebhook(good.payload, signedEvent("payment_intent.succeeded", paid, "whsec_someone_else", { id: good.id }).signature),
        // A captured request replayed after Stripe's five-minute tolerance.
        expired: await postWebhook(good.payload, signedEvent("payment_intent.succeeded", paid, secret, { id: good.id, timestamp: Math.floor(Date.now() / 1000) - 600 }).signature),
        notJson: await postWebhook("{", good.signature),
      }
      for (const [name, result] of Object.entries(attempts)) {
        expect({ name, status: result.status }).toEqual({ name, status: 400 })
        expect(result.body.message).toEqual(expect.any(String))
      }
      expect(attempts.missing.body.message).toBe("Stripe webhook refused: the Stripe-Signature header is missing")
      for (const refused of [attempts.tampered, attempts.wrongSecret]) {
        expect(refused.body.message).toMatch(/^Stripe webhook refused: No signatures found matching the expected signature/)
      }
      expect(attempts.expired.body.message).toMatch(/^Stripe webhook refused: Timestamp outside the tolerance zone/)

      await sleep(WEBHOOK_SETTLE_MS)
      expect(await orderOfCart(cartId)).toBeNull()
      expect(await orderCount()).toBe(ordersBefore)
      expect(await recordedEvents([good.id])).toHaveLength(0)
    })

    it("a paid cart becomes an order from the webhook alone (the shopper closed the tab); retries and stale events are dropped", async () => {
      const { cartId, intentId, total } = await cartReadyToPay()
      const secret = STRIPE_ENV.STRIPE_WEBHOOK_SECRET
      const startedAt = Math.floor(Date.now() / 1000)
      // The first card is declined, the second goes through: Stripe sends the events out of order.
      const declined = await double.confirm(intentId, "declined")
      const paid = await double.confirm(intentId, "succeeded")
      const createdEvent = signedEvent("payment_intent.created", { ...declined, status: "requires_payment_method", last_payment_error: null }, secret, { created: startedAt - 2 })
      const failedEvent = signedEvent("payment_intent.payment_failed", declined, secret, { created: startedAt - 1 })
      const succeededEvent = signedEvent("payment_intent.succeeded", paid, secret, { created: startedAt })
      const ordersBefore = await orderCount()

      const first = await postWebhook(succeededEvent.payload, succeededEvent.signature)
      expect(first.status).toBe(200)
      const orderId = await waitForOrder(cartId)
      expect(await orderCount()).toBe(ordersBefore + 1)

      const { payments, total: orderTotal } = await orderPayments(orderId)
      expect(orderTotal).toBeCloseTo(total, 2)
      expect(payments).toHaveLength(1)
      expect(payments[0]).toMatchObject({ provider_id: STRIPE })
      expect(payments[0].captured_at).toBeTruthy()
      expect(payments[0].captures).toHaveLength(1)
      expect(payments[0].data.id).toBe(intentId)

      // Stripe retries the same event (e.g. our 200 got lost), and older events arrive late.
      const retried = await postWebhook(succeededEvent.payload, succeededEvent.signature)
      expect(retried).toEqual({ status: 200, body: { received: true, ignored: "duplicate" } })
      const late = [await postWebhook(failedEvent.payload, failedEvent.signature), await postWebhook(createdEvent.payload, createdEvent.signature)]
      for (const result of late) {
        expect(result).toEqual({ status: 200, body: { received: true, ignored: "stale" } })
      }

      await sleep(WEBHOOK_SETTLE_MS)
      expect(await orderCount()).toBe(ordersBefore + 1)
      const after = await orderPayments(orderId)
      expect(after.payments).toHaveLength(1)
      expect(after.payments[0].captures).toHaveLength(1)
      expect((await recordedEvents([succeededEvent.id, failedEvent.id, createdEvent.id])).map((e) => e.id)).toEqual([succeededEvent.id])

      // The storefront's own "Place order" for the same cart (the tab came back) answers the same order.
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed).toMatchObject({ type: "order", order: { id: orderId } })
    })

    it("a declined card keeps the cart; paying again places one order, even with a double click and the webhook", async () => {
      const { cartId, intentId } = await cartReadyToPay()
      // The browser's confirmation is declined: Stripe tells the shopper, and then sends its event.
      const declined = await double.confirm(intentId, "declined")
      const failed = signedEvent("payment_intent.payment_failed", declined, STRIPE_ENV.STRIPE_WEBHOOK_SECRET)
      expect((await postWebhook(failed.payload, failed.signature)).status).toBe(200)
      await sleep(WEBHOOK_SETTLE_MS)
      expect(await orderOfCart(cartId)).toBeNull()
      const { data: kept } = await api.get(`/store/carts/${cartId}?fields=id,completed_at,*items`, store)
      expect(kept.cart.completed_at).toBeNull()
      expect(kept.cart.items).toHaveLength(1)

      const paid = await double.confirm(intentId, "succeeded")
      const ordersBefore = await orderCount()
      const clicks = await Promise.all([
        api.post(`/store/carts/${cartId}/complete`, {}, store),
        api.post(`/store/carts/${cartId}/complete`, {}, store),
      ])
      const orderIds = clicks.map((click) => click.data.order?.id)
      expect(orderIds[0]).toMatch(/^order_/)
      expect(orderIds[1]).toBe(orderIds[0])

      const event = signedEvent("payment_intent.succeeded", paid, STRIPE_ENV.STRIPE_WEBHOOK_SECRET)
      expect((await postWebhook(event.payload, event.signature)).status).toBe(200)
      await sleep(WEBHOOK_SETTLE_MS)
      expect(await orderCount()).toBe(ordersBefore + 1)
      const { payments } = await orderPayments(orderIds[0])
      expect(payments).toHaveLength(1)
      expect(payments[0].captures).toHaveLength(1)
    })

    it("staff refund from the admin reaches Stripe and shows on the order", async () => {
      const { cartId, intentId } = await cartReadyToPay()
      await double.confirm(intentId, "succeeded")
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      const orderId = completed.order.id
      const admin = await adminHeaders(api)
      const { payments } = await orderPayments(orderId)

      const { status, data } = await api.post(`/admin/payments/${payments[0].id}/refund`, { amount: 5, note: "One bottle arrived broken" }, admin)
      expect(status).toBe(200)
      expect(data.payment.refunds).toEqual([expect.objectContaining({ amount: 5 })])

      const refundCalls = (await double.requests()).filter((r) => r.path === "/v1/refunds" && r.body.payment_intent === intentId)
      expect(refundCalls.map((r) => r.body)).toEqual([{ amount: "500", payment_intent: intentId }])

      const { data: order } = await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections`, admin)
      expect(order.order.payment_collections[0].refunded_amount).toBe(5)

      // More than was paid: refused by Medusa before Stripe is asked.
      const tooMuch = await api.post(`/admin/payments/${payments[0].id}/refund`, { amount: 100_000 }, { ...admin, validateStatus: () => true })
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.message).toMatch(/refund more than the captured amount/)
      expect((await double.requests()).filter((r) => r.path === "/v1/refunds" && r.body.payment_intent === intentId)).toHaveLength(1)
    })
  },
})
