#!/usr/bin/env node
// A small local stand-in for the Stripe API (these machines cannot reach api.stripe.com). It answers
// the endpoints Medusa's Stripe provider calls, with Stripe's JSON shapes and error format, keeps
// its objects in memory, and records every request so tests can assert what reached "Stripe".
//
// Stripe API (form-encoded, `Authorization: Bearer sk_...`, Idempotency-Key honoured):
//   POST /v1/payment_intents                create (amount, currency, metadata, capture_method, ...);
//                                           with confirm=true and a payment_method it is confirmed at
//                                           once, like a renewal's off-session charge: the test cards
//                                           below decide, and off_session=true turns "needs 3-D Secure"
//                                           into Stripe's 402 authentication_required
//   GET  /v1/payment_intents/:id            retrieve (expand[]=payment_method gives the object)
//   POST /v1/payment_intents/:id            update (amount)
//   POST /v1/payment_intents/:id/confirm    confirm with a test card: pm_card_visa succeeds,
//                                           pm_card_chargeDeclined is declined (402 card_error),
//                                           pm_card_authenticationRequired needs 3-D Secure
//   POST /v1/payment_intents/:id/cancel     cancel
//   POST /v1/payment_intents/:id/capture    capture a requires_capture intent
//   POST /v1/refunds                        refund (payment_intent, amount) up to what was received
//   POST /v1/customers, POST /v1/customers/:id, GET /v1/payment_methods/:id
//   GET  /v1/customers/:id/payment_methods  the cards saved with the customer: a payment succeeding
//                                           with setup_future_usage (or off-session) saves its card
// Test controls (JSON), standing in for what the shopper's browser does with Stripe.js:
//   POST /__double/payment_intents/:id/confirm  {"outcome": "succeeded" | "declined" | "requires_action"}
//   POST /__double/customers/:id/payment_methods {"payment_method": "pm_card_..."} saves a card, as a
//                                               checkout with setup_future_usage would have
//   GET  /__double/requests                     every API request received: [{method, path, body}]
//
// Run alone: `node tests/support/stripe-double.mjs [port]`, then start the backend with
// STRIPE_API_URL=http://127.0.0.1:<port>. Tests import startStripeDouble().
import { randomBytes } from "node:crypto"
import http from "node:http"
import { pathToFileURL } from "node:url"

const id = (prefix) => `${prefix}_${randomBytes(12).toString("hex")}`
const now = () => Math.floor(Date.now() / 1000)

/** Stripe's form encoding (`metadata[session_id]=x`, `expand[0]=y`) back into nested objects. */
export function parseStripeForm(text) {
  const result = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const parts = key.split(/[[\]]+/).filter(Boolean)
    let target = result
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        target[part] = value
      } else {
        target[part] ??= /^\d+$/.test(parts[index + 1]) ? [] : {}
        target = target[part]
      }
    })
  }
  return result
}

class StripeError extends Error {
  constructor(status, type, message, extra = {}) {
    super(message)
    this.status = status
    this.body = { error: { type, message, ...extra } }
  }
}

/** Stripe's test payment methods the double understands, and what confirming with them does. */
const TEST_CARDS = {
  pm_card_visa: "succeeded",
  pm_card_chargeDeclined: "declined",
  pm_card_authenticationRequired: "requires_action",
}
const LAST4 = { pm_card_visa: "4242", pm_card_chargeDeclined: "0002", pm_card_authenticationRequired: "3184" }

const paymentMethod = (methodId, customer = null) => ({
  id: methodId,
  object: "payment_method",
  type: "card",
  customer,
  card: { brand: "visa", last4: LAST4[methodId] ?? "4242", exp_month: 12, exp_year: 2034 },
})

const notFound = (kind, objectId) =>
  new StripeError(404, "invalid_request_error", `No such ${kind}: '${objectId}'`, { code: "resource_missing" })

export function createStripeDouble() {
  const intents = new Map()
  const customers = new Map()
  const refunds = new Map()
  /** Saved cards by customer id. */
  const savedCards = new Map()
  const idempotent = new Map()
  const requests = []

  function intent(intentId) {
    const found = intents.get(intentId)
    if (!found) {
      throw notFound("payment_intent", intentId)
    }
    return found
  }

  const routes = [
    ["POST", /^\/v1\/payment_intents$/, (body) => {
      const amount = Number(body.amount)
      if (!Number.isInteger(amount) || amount < 1 || !body.currency) {
        throw new StripeError(400, "invalid_request_error", "Missing required param: amount or currency.", { param: "amount" })
      }
      const intentId = id("pi")
      const created = {
        id: intentId,
        object: "payment_intent",
        amount,
        amount_capturable: 0,
        amount_received: 0,
        currency: String(body.currency).toLowerCase(),
        capture_method: body.capture_method ?? "automatic",
        automatic_payment_methods: body.automatic_payment_methods ? { enabled: body.automatic_payment_methods.enabled === "true" } : null,
        client_secret: `${intentId}_secret_${randomBytes(12).toString("hex")}`,
        customer: body.customer ?? null,
        description: body.description ?? null,
        metadata: body.metadata ?? {},
        status: "requires_payment_method",
        last_payment_error: null,
        next_action: null,
        payment_method: null,
        latest_charge: null,
        livemode: false,
        created: now(),
      }
      Object.assign(created, { setup_future_usage: body.setup_future_usage ?? null, off_session: body.off_session === "true" })
      intents.set(intentId, created)
      if (body.confirm === "true") {
        return confirmAtCreation(created, body)
      }
      return created
    }],
    ["GET", /^\/v1\/payment_intents\/([^/]+)$/, (body, [intentId]) => expanded(intent(intentId), body.expand)],
    ["POST", /^\/v1\/payment_intents\/([^/]+)$/, (body, [intentId]) => {
      const found = intent(intentId)
      if (body.amount !== undefined) {
        if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(found.status)) {
          throw new StripeError(400, "invalid_request_error", `This PaymentIntent's amount could not be updated because it has a status of ${found.status}.`, { code: "payment_intent_unexpected_state", payment_intent: found })
        }
        found.amount = Number(body.amount)
      }
      Object.assign(found.metadata, body.metadata ?? {})
      return found
    }],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/confirm$/, (body, [intentId]) => {
      const outcome = TEST_CARDS[body.payment_method]
      if (!outcome) {
        throw new StripeError(400, "invalid_request_error", `No such PaymentMethod: '${body.payment_method}'`, { code: "resource_missing", param: "payment_method" })
      }
      const confirmed = confirm(intentId, outcome)
      if (outcome === "declined") {
        throw new StripeError(402, "card_error", confirmed.last_payment_error.message, { code: "card_declined", decline_code: "generic_decline", payment_intent: confirmed })
      }
      return confirmed
    }],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/cancel$/, (_body, [intentId]) => {
      const found = intent(intentId)
      if (found.status === "succeeded" || found.status === "canceled") {
        throw new StripeError(400, "invalid_request_error", `You cannot cancel this PaymentIntent because it has a status of ${found.status}.`, { code: "payment_intent_unexpected_state", payment_intent: found })
      }
      found.status = "canceled"
      return found
    }],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/capture$/, (_body, [intentId]) => {
      const found = intent(intentId)
      if (found.status !== "requires_capture") {
        throw new StripeError(400, "invalid_request_error", `This PaymentIntent could not be captured because it has a status of ${found.status}.`, { code: "payment_intent_unexpected_state", payment_intent: found })
      }
      Object.assign(found, { status: "succeeded", amount_received: found.amount_capturable, amount_capturable: 0 })
      return found
    }],
    ["POST", /^\/v1\/refunds$/, (body) => {
      const found = intent(body.payment_intent)
      const refunded = [...refunds.values()].filter((r) => r.payment_intent === found.id).reduce((sum, r) => sum + r.amount, 0)
      const amount = body.amount === undefined ? found.amount_received - refunded : Number(body.amount)
      if (found.status !== "succeeded") {
        throw new StripeError(400, "invalid_request_error", `This PaymentIntent does not have a successful charge to refund.`)
      }
      if (amount > found.amount_received - refunded) {
        throw new StripeError(400, "invalid_request_error", `Refund amount ($${(amount / 100).toFixed(2)}) is greater than unrefunded amount on charge ($${((found.amount_received - refunded) / 100).toFixed(2)})`, { param: "amount" })
      }
      const refund = { id: id("re"), object: "refund", amount, currency: found.currency, payment_intent: found.id, charge: found.latest_charge, status: "succeeded", created: now() }
      refunds.set(refund.id, refund)
      return refund
    }],
    ["POST", /^\/v1\/customers$/, (body) => {
      const customer = { id: id("cus"), object: "customer", email: body.email ?? null, name: body.name ?? null, phone: body.phone ?? null, created: now() }
      customers.set(customer.id, customer)
      return customer
    }],
    ["POST", /^\/v1\/customers\/([^/]+)$/, (body, [customerId]) => {
      const customer = customers.get(customerId)
      if (!customer) {
        throw notFound("customer", customerId)
      }
      return Object.assign(customer, { email: body.email ?? customer.email, name: body.name ?? customer.name })
    }],
    ["GET", /^\/v1\/payment_methods\/([^/]+)$/, (_body, [methodId]) => paymentMethod(methodId)],
    ["GET", /^\/v1\/customers\/([^/]+)\/payment_methods$/, (_body, [customerId]) => {
      if (!customers.has(customerId)) {
        throw notFound("customer", customerId)
      }
      const data = [...(savedCards.get(customerId) ?? [])].map((methodId) => paymentMethod(methodId, customerId))
      return { object: "list", url: `/v1/customers/${customerId}/payment_methods`, has_more: false, data }
    }],
  ]

  /** `expand[]=payment_method`, as the provider asks when it reads an intent's status. */
  function expanded(found, expand) {
    const fields = Array.isArray(expand) ? expand : Object.values(expand ?? {})
    return fields.includes("payment_method") && typeof found.payment_method === "string"
      ? { ...found, payment_method: paymentMethod(found.payment_method, found.customer) }
      : found
  }

  function saveCard(customerId, methodId) {
    if (!customerId || !customers.has(customerId)) {
      throw notFound("customer", customerId)
    }
    savedCards.set(customerId, (savedCards.get(customerId) ?? new Set()).add(methodId))
  }

  /**
   * An intent created with confirm=true (a renewal charging a saved card off-session). Stripe refuses
   * it while redirect-based methods are allowed and there is no return_url; off-session, a card
   * needing 3-D Secure fails with 402 authentication_required instead of asking for action.
   */
  function confirmAtCreation(created, body) {
    if (created.automatic_payment_methods?.enabled && !body.return_url && body.automatic_payment_methods?.allow_redirects !== "never") {
      intents.delete(created.id)
      throw new StripeError(400, "invalid_request_error", "This PaymentIntent is configured to accept payment methods enabled in your Dashboard, because some of these payment methods might redirect your customer off of your page, you must provide a `return_url`. If you don't want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents.")
    }
    const outcome = TEST_CARDS[body.payment_method]
    if (!outcome) {
      intents.delete(created.id)
      throw new StripeError(400, "invalid_request_error", `No such PaymentMethod: '${body.payment_method}'`, { code: "resource_missing", param: "payment_method" })
    }
    if (outcome === "requires_action" && created.off_session) {
      const message = "Your card was declined. This transaction requires authentication."
      Object.assign(created, {
        status: "requires_payment_method",
        payment_method: null,
        last_payment_error: { type: "card_error", code: "authentication_required", decline_code: "authentication_required", message, payment_method: paymentMethod(body.payment_method) },
      })
      throw new StripeError(402, "card_error", message, { code: "authentication_required", decline_code: "authentication_required", payment_intent: structuredClone(created) })
    }
    const confirmed = confirm(created.id, outcome, body.payment_method)
    if (outcome === "declined") {
      throw new StripeError(402, "card_error", confirmed.last_payment_error.message, { code: "card_declined", decline_code: "generic_decline", payment_intent: structuredClone(confirmed) })
    }
    return expanded(confirmed, body.expand)
  }

  /** What Stripe.js and the card network would do when the shopper submits the Payment Element. */
  function confirm(intentId, outcome, methodId = "pm_card_visa") {
    const found = intent(intentId)
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(found.status)) {
      throw new StripeError(400, "invalid_request_error", `This PaymentIntent's status is ${found.status}: it cannot be confirmed.`)
    }
    if (outcome === "declined") {
      Object.assign(found, {
        status: "requires_payment_method",
        last_payment_error: { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
      })
    } else if (outcome === "requires_action") {
      Object.assign(found, { status: "requires_action", next_action: { type: "use_stripe_sdk" } })
    } else if (outcome === "succeeded") {
      const manual = found.capture_method === "manual"
      Object.assign(found, {
        status: manual ? "requires_capture" : "succeeded",
        amount_capturable: manual ? found.amount : 0,
        amount_received: manual ? 0 : found.amount,
        last_payment_error: null,
        next_action: null,
        payment_method: methodId,
        latest_charge: id("ch"),
      })
      // A card paid with for future (or off-session) use is saved with the customer.
      if (found.customer && (found.setup_future_usage || found.off_session)) {
        saveCard(found.customer, methodId)
      }
    } else {
      throw new StripeError(400, "invalid_request_error", `unknown outcome "${outcome}": succeeded, declined or requires_action`)
    }
    return found
  }

  async function handle(req, res) {
    const chunks = []
    for await (const chunk of req) {
      chunks.push(chunk)
    }
    const text = Buffer.concat(chunks).toString("utf8")
    const url = new URL(req.url, "http://stripe-double")
    const send = (status, body) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": id("req") })
      res.end(JSON.stringify(body))
    }
    try {
      if (url.pathname === "/__double/requests" && req.method === "GET") {
        return send(200, requests)
      }
      const control = url.pathname.match(/^\/__double\/payment_intents\/([^/]+)\/confirm$/)
      if (control && req.method === "POST") {
        return send(200, confirm(control[1], JSON.parse(text || "{}").outcome))
      }
      const saved = url.pathname.match(/^\/__double\/customers\/([^/]+)\/payment_methods$/)
      if (saved && req.method === "POST") {
        saveCard(saved[1], JSON.parse(text || "{}").payment_method)
        return send(200, { saved: true })
      }

      const body = parseStripeForm(req.method === "GET" ? url.searchParams.toString() : text)
      requests.push({ method: req.method, path: url.pathname, body, idempotencyKey: req.headers["idempotency-key"] ?? null })
      if (!/^Bearer sk_(test|live)_\S+$/.test(req.headers.authorization ?? "")) {
        throw new StripeError(401, "invalid_request_error", "Invalid API Key provided.")
      }
      const key = req.headers["idempotency-key"] && `${req.method} ${url.pathname} ${req.headers["idempotency-key"]}`
      if (key && idempotent.has(key)) {
        return send(200, idempotent.get(key))
      }
      for (const [method, pattern, handler] of routes) {
        const match = req.method === method && url.pathname.match(pattern)
        if (match) {
          const result = structuredClone(handler(body, match.slice(1)))
          if (key) {
            idempotent.set(key, result)
          }
          return send(200, result)
        }
      }
      throw new StripeError(404, "invalid_request_error", `Unrecognized request URL (${req.method}: ${url.pathname}). The Stripe double does not implement it.`)
    } catch (error) {
      if (error instanceof StripeError) {
        return send(error.status, error.body)
      }
      return send(500, { error: { type: "api_error", message: error.message } })
    }
  }

  return { handle, requests, intents, refunds, confirm, savedCards }
}

/** Starts the double on `port` (0 = any free port); resolves once it listens. */
export async function startStripeDouble({ port = 0, host = "127.0.0.1" } = {}) {
  const double = createStripeDouble()
  const server = http.createServer((req, res) => {
    double.handle(req, res)
  })
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, resolve)
  })
  const url = `http://${host}:${server.address().port}`
  return {
    url,
    ...double,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const double = await startStripeDouble({ port: Number(process.argv[2] ?? 0) })
  // The first line tells a parent process where the double listens.
  console.log(`stripe double listening on ${double.url}`)
  const stop = () => double.stop().then(() => process.exit(0))
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
}
