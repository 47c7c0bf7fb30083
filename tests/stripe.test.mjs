// The Stripe calls the store makes, as one contract run against two targets:
// - the local Stripe double (tests/support/stripe-double.mjs), always: it keeps the double honest;
// - Stripe's real test mode, when STRIPE_API_KEY is an sk_test_ key; otherwise it is reported as
//   skipped with the reason.
// The client is the Stripe SDK that Medusa's Stripe provider uses (its own copy and API version),
// making the same calls the provider makes: create, confirm, retrieve, refund, cancel, and an
// autoship renewal's off-session charge of a saved card.
import assert from "node:assert/strict"
import { createRequire } from "node:module"
import { after, before, describe, it } from "node:test"
import { startStripeDouble } from "./support/stripe-double.mjs"

const rootRequire = createRequire(import.meta.url)
const providerRequire = createRequire(rootRequire.resolve("@medusajs/payment-stripe"))
const Stripe = providerRequire("stripe")

const liveKey = process.env.STRIPE_API_KEY ?? ""
const LIVE_SKIP_REASON = "Stripe live test not run: STRIPE_API_KEY is not an sk_test_ key"

function stripeContract(connect) {
  let stripe
  before(async () => {
    stripe = await connect()
  })

  /** A payment intent as Medusa's provider creates it for a $19.99 cart. */
  const createIntent = (sessionId) =>
    stripe.paymentIntents.create(
      {
        amount: 1999,
        currency: "usd",
        capture_method: "automatic",
        automatic_payment_methods: { enabled: true },
        metadata: { session_id: sessionId },
        expand: ["payment_method"],
      },
      { idempotencyKey: `${sessionId}-create` }
    )
  const confirmWith = (intentId, paymentMethod) =>
    stripe.paymentIntents.confirm(intentId, { payment_method: paymentMethod, return_url: "https://store.example/checkout/payment-return" })

  it("creates a payment intent with a client secret, once per idempotency key", async () => {
    const sessionId = `payses_contract_${Date.now()}`
    const intent = await createIntent(sessionId)
    assert.equal(intent.status, "requires_payment_method")
    assert.equal(intent.amount, 1999)
    assert.deepEqual(intent.metadata, { session_id: sessionId })
    assert.match(intent.client_secret, new RegExp(`^${intent.id}_secret_`))
    assert.equal((await createIntent(sessionId)).id, intent.id)
  })

  it("a declined card is a card_error with a message for the shopper, and the intent can be paid again", async () => {
    const intent = await createIntent(`payses_declined_${Date.now()}`)
    await assert.rejects(confirmWith(intent.id, "pm_card_chargeDeclined"), (error) => {
      assert.equal(error.type, "StripeCardError")
      assert.equal(error.code, "card_declined")
      assert.equal(error.message, "Your card was declined.")
      assert.equal(error.raw.payment_intent.status, "requires_payment_method")
      return true
    })
    const retrieved = await stripe.paymentIntents.retrieve(intent.id, { expand: ["payment_method"] })
    assert.equal(retrieved.last_payment_error.code, "card_declined")

    const paid = await confirmWith(intent.id, "pm_card_visa")
    assert.equal(paid.status, "succeeded")
    assert.equal(paid.amount_received, 1999)
  })

  it("a card that needs 3-D Secure asks for the shopper's action", async () => {
    const intent = await createIntent(`payses_3ds_${Date.now()}`)
    const confirmed = await confirmWith(intent.id, "pm_card_authenticationRequired")
    assert.equal(confirmed.status, "requires_action")
    assert.ok(confirmed.next_action)
  })

  it("refunds part of a payment, and refuses more than what is left", async () => {
    const intent = await createIntent(`payses_refund_${Date.now()}`)
    await confirmWith(intent.id, "pm_card_visa")
    const refund = await stripe.refunds.create({ amount: 500, payment_intent: intent.id }, { idempotencyKey: `refund-${intent.id}` })
    assert.equal(refund.amount, 500)
    assert.equal(refund.status, "succeeded")
    await assert.rejects(stripe.refunds.create({ amount: 1600, payment_intent: intent.id }), (error) => {
      assert.equal(error.type, "StripeInvalidRequestError")
      return true
    })
  })

  it("cancels an unpaid intent (a shopper who switched payment method)", async () => {
    const intent = await createIntent(`payses_cancel_${Date.now()}`)
    const canceled = await stripe.paymentIntents.cancel(intent.id)
    assert.equal(canceled.status, "canceled")
  })

  /** A renewal's charge, as renewalPaymentData asks for it: the saved card, off-session, confirmed at once. */
  const chargeOffSession = (paymentMethod, customer) =>
    stripe.paymentIntents.create({
      amount: 1999,
      currency: "usd",
      capture_method: "automatic",
      automatic_payment_methods: { enabled: true, allow_redirects: "never" },
      metadata: { session_id: `payses_renewal_${Date.now()}` },
      payment_method: paymentMethod,
      off_session: true,
      confirm: true,
      ...(customer ? { customer } : {}),
      expand: ["payment_method"],
    })

  it("a card paid with setup_future_usage is saved with the customer, who is charged off-session later", async () => {
    const customer = await stripe.customers.create({ email: "autoship@example.com" })
    const first = await stripe.paymentIntents.create({ amount: 1999, currency: "usd", customer: customer.id, setup_future_usage: "off_session", automatic_payment_methods: { enabled: true }, metadata: { session_id: `payses_save_${Date.now()}` } })
    await confirmWith(first.id, "pm_card_visa")
    const saved = await stripe.customers.listPaymentMethods(customer.id, { limit: 100 })
    assert.equal(saved.data.length, 1)
    assert.equal(saved.data[0].card.last4, "4242")

    const renewal = await chargeOffSession(saved.data[0].id, customer.id)
    assert.equal(renewal.status, "succeeded")
    assert.equal(renewal.payment_method.id, saved.data[0].id)
  })

  it("off-session, a declined card and a card needing authentication are 402 card_errors carrying the failed intent", async () => {
    for (const [card, code] of [["pm_card_chargeDeclined", "card_declined"], ["pm_card_authenticationRequired", "authentication_required"]]) {
      await assert.rejects(chargeOffSession(card), (error) => {
        assert.equal(error.type, "StripeCardError")
        assert.equal(error.statusCode, 402)
        assert.equal(error.code, code)
        assert.equal(error.raw.payment_intent.status, "requires_payment_method")
        assert.equal(error.raw.payment_intent.last_payment_error.code, code)
        return true
      })
    }
  })

  it("refuses an intent confirmed at creation while redirect-based methods are allowed and there is no return_url", async () => {
    await assert.rejects(
      stripe.paymentIntents.create({ amount: 1999, currency: "usd", automatic_payment_methods: { enabled: true }, payment_method: "pm_card_visa", confirm: true, off_session: true }),
      (error) => {
        assert.equal(error.type, "StripeInvalidRequestError")
        assert.match(error.message, /return_url/)
        return true
      }
    )
  })

  it("answers an unknown intent with resource_missing", async () => {
    await assert.rejects(stripe.paymentIntents.retrieve("pi_does_not_exist_000"), (error) => {
      assert.equal(error.type, "StripeInvalidRequestError")
      assert.equal(error.code, "resource_missing")
      return true
    })
  })
}

describe("Stripe contract: the local double", () => {
  let double
  after(() => double?.stop())
  stripeContract(async () => {
    double = await startStripeDouble()
    const url = new URL(double.url)
    return new Stripe("sk_test_contract_double", { host: url.hostname, port: url.port, protocol: "http", maxNetworkRetries: 0 })
  })
})

if (liveKey.startsWith("sk_test_")) {
  describe("Stripe contract: Stripe's real test mode", () => {
    stripeContract(async () => new Stripe(liveKey, { maxNetworkRetries: 2 }))
  })
} else {
  // A skipped test (not a skipped suite), so `npm test` counts it and prints the reason.
  it("Stripe contract: Stripe's real test mode", { skip: LIVE_SKIP_REASON }, () => {})
}
