import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { paymentReferenceOf, savedCardsOf, STRIPE_PROVIDER_ID } from "../../src/lib/autoship/payment"
import { renewDueAutoships } from "../../src/lib/autoship/renew-due"
import { AUTOSHIP_MODULE } from "../../src/modules/autoship"
import type AutoshipModuleService from "../../src/modules/autoship/service"
import { addDays, autoshipStore, createTestAutoship, mailsTo } from "../helpers/autoship"
import { seedAndGetStoreHeaders } from "../helpers/demo-store"
import { freePortSync, StripeDoubleProcess, stripeDoubleEnv } from "../helpers/stripe-double"

jest.setTimeout(300_000)

const DOUBLE_PORT = freePortSync()
const STRIPE_ENV = stripeDoubleEnv(DOUBLE_PORT)

// The runner loads medusa-config.ts before it applies its `env` option (see stripe.spec.ts).
const savedEnv = Object.fromEntries(Object.keys(STRIPE_ENV).map((key) => [key, process.env[key]]))
Object.assign(process.env, STRIPE_ENV)
afterAll(() => {
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

const stripeCard = (payment_method_id: string) => ({ payment_provider_id: STRIPE_PROVIDER_ID, payment_method_id, payment_label: "Visa ending in 4242" })

medusaIntegrationTestRunner({
  env: STRIPE_ENV,
  testSuite: ({ api, getContainer }) => {
    let double: StripeDoubleProcess
    let storeHeaders: { headers: Record<string, string> }
    let store: Awaited<ReturnType<typeof autoshipStore>>
    const autoships = () => getContainer().resolve<AutoshipModuleService>(AUTOSHIP_MODULE)

    beforeAll(async () => {
      double = await StripeDoubleProcess.start(DOUBLE_PORT)
      storeHeaders = await seedAndGetStoreHeaders(getContainer())
      store = await autoshipStore(getContainer())
    })
    afterAll(() => double?.stop())

    async function orderPayments(orderId: string) {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "metadata", "payment_collections.payments.*"],
        filters: { id: orderId },
      })
      const order = data[0] as unknown as { metadata: Record<string, unknown>; payment_collections: { payments: any[] }[] }
      return { metadata: order.metadata, payments: order.payment_collections.flatMap((collection) => collection.payments) }
    }

    it("a first checkout with a logged-in customer saves the card for off-session use; the autoship reads it from the order, and the customer's cards list it", async () => {
      const email = `saver-${Date.now()}@example.com`
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: "long-enough-password" })
      await api.post("/store/customers", { email }, { headers: { ...storeHeaders.headers, authorization: `Bearer ${registered.token}` } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "long-enough-password" })
      const customer = { headers: { ...storeHeaders.headers, authorization: `Bearer ${login.token}` } }

      const { data: created } = await api.post("/store/carts", { region_id: store.region_id }, customer)
      const cartId = created.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: store.variant.id, quantity: 1 }, customer)
      const address = { first_name: "Ada", last_name: "Saver", address_1: "1 Main St", city: "Columbus", province: "OH", postal_code: "43215", country_code: "us" }
      await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, customer)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: store.shipping_option_id }, customer)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, customer)
      // What the storefront's initiatePayment sends for a cart with autoship lines.
      const { data: session } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: STRIPE_PROVIDER_ID, data: { setup_future_usage: "off_session" } },
        customer
      )
      const intentId = session.payment_collection.payment_sessions[0].data.id
      const createdIntent = (await double.requests()).find((r) => r.method === "POST" && r.path === "/v1/payment_intents" && r.body.metadata?.session_id === session.payment_collection.payment_sessions[0].id)
      expect(createdIntent!.body).toMatchObject({ setup_future_usage: "off_session", customer: expect.stringMatching(/^cus_/) })

      await double.confirm(intentId, "succeeded")
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, customer)
      const { payments } = await orderPayments(completed.order.id)
      expect(paymentReferenceOf(payments[0])).toEqual({ payment_provider_id: STRIPE_PROVIDER_ID, payment_method_id: "pm_card_visa", payment_label: "Visa ending in 4242" })

      const { data: cards } = await api.get("/store/customers/me/autoships/payment-methods", customer)
      expect(cards).toEqual({ payment_methods: [{ id: "pm_card_visa", label: "Visa ending in 4242" }] })
      // The cart's completion answers the order without its customer_id: ask the account who it is.
      const { data: me } = await api.get("/store/customers/me?fields=id", customer)
      expect(await savedCardsOf(getContainer(), me.customer.id)).toEqual(cards.payment_methods)
      const anonymous = await api.get("/store/customers/me/autoships/payment-methods", { ...storeHeaders, validateStatus: () => true })
      expect(anonymous.status).toBe(401)
    })

    it("a renewal charges the saved card off-session: the order is placed with its payment captured", async () => {
      const now = new Date("2031-01-10T10:00:00.000Z")
      const { autoship, email } = await createTestAutoship(getContainer(), store, { nextOrderAt: addDays(now, -1 / 24), payment: stripeCard("pm_card_visa") })
      await renewDueAutoships(getContainer(), now)

      const [cycle] = await autoships().listAutoshipCycles({ autoship_id: autoship.id })
      expect(cycle).toMatchObject({ outcome: "placed", order_id: expect.stringMatching(/^order_/) })
      const { metadata, payments } = await orderPayments(cycle.order_id!)
      expect(metadata).toMatchObject({ autoship_id: autoship.id })
      expect(payments).toHaveLength(1)
      expect(payments[0]).toMatchObject({ provider_id: STRIPE_PROVIDER_ID, captured_at: expect.anything() })

      const charge = (await double.requests()).find((r) => r.path === "/v1/payment_intents" && r.body.id === undefined && r.body.metadata?.session_id && r.body.payment_method === "pm_card_visa" && r.body.confirm === "true")
      expect(charge!.body).toMatchObject({ off_session: "true", customer: expect.stringMatching(/^cus_/), automatic_payment_methods: { enabled: "true", allow_redirects: "never" } })
      expect(await autoships().retrieveAutoship(autoship.id)).toMatchObject({ status: "active", payment_failures: 0 })
      expect(await mailsTo(getContainer(), email, "autoship-renewed")).toHaveLength(1)
    })

    for (const [card, reason, message] of [
      ["pm_card_chargeDeclined", "a declined card", /declined/],
      ["pm_card_authenticationRequired", "a card that needs the bank's authentication", /confirm this payment/],
    ] as const) {
      it(`${reason}: the cycle fails and is retried after 1, 3 and 7 days, then the autoship is paused, with a mail each time`, async () => {
        const start = new Date(card === "pm_card_chargeDeclined" ? "2032-01-10T10:00:00.000Z" : "2033-01-10T10:00:00.000Z")
        const { autoship, email } = await createTestAutoship(getContainer(), store, { nextOrderAt: addDays(start, -1 / 24), payment: stripeCard(card) })

        let now = start
        for (const [attempt, retryDays] of [1, 3, 7].entries()) {
          await renewDueAutoships(getContainer(), now)
          const after = await autoships().retrieveAutoship(autoship.id)
          expect({ attempt, status: after.status, retry_at: after.retry_at && new Date(after.retry_at).toISOString() }).toEqual({
            attempt,
            status: "payment_failed",
            retry_at: addDays(now, retryDays).toISOString(),
          })
          const [cycle] = await autoships().listAutoshipCycles({ autoship_id: autoship.id })
          expect(cycle).toMatchObject({ outcome: "payment_failed", attempts: attempt + 1, order_id: null })
          expect(cycle.message).toMatch(message)
          // Not due before its retry.
          await renewDueAutoships(getContainer(), addDays(now, retryDays - 0.5))
          expect((await autoships().listAutoshipCycles({ autoship_id: autoship.id }))[0].attempts).toBe(attempt + 1)
          now = addDays(now, retryDays)
        }
        await renewDueAutoships(getContainer(), now)
        expect(await autoships().retrieveAutoship(autoship.id)).toMatchObject({ status: "paused", retry_at: null, payment_failures: 4 })

        const failed = await mailsTo(getContainer(), email, "autoship-payment-failed", 3)
        expect(failed.map((mail) => mail.data.retry_at).sort()).toEqual([addDays(start, 1), addDays(start, 4), addDays(start, 11)].map((d) => d.toISOString()))
        expect(await mailsTo(getContainer(), email, "autoship-paused")).toHaveLength(1)
        // Each retry charged the card afresh, off-session.
        const charges = (await double.requests()).filter((r) => r.path === "/v1/payment_intents" && r.body.payment_method === card && r.body.off_session === "true")
        expect(charges).toHaveLength(4)
      })
    }
  },
})
