// The Stripe side of the browser tests: the local Stripe double's test controls, and a stand-in for
// Stripe.js (support/fake-stripe-js.js), which cannot be reached from these machines.
import { readFileSync } from "node:fs"
import path from "node:path"
import type { Page } from "@playwright/test"
import { addToCart, fillAddressAndDelivery, plainProducts, storeApi } from "./store"

export type DoubleRequest = { method: string; path: string; body: Record<string, any> }
export type DoubleIntent = { id: string; status: string; last_payment_error: { type: string; code: string; message: string } | null }

const DOUBLE_URL = () => process.env.E2E_STRIPE_DOUBLE_URL!
const FAKE_STRIPE_JS = readFileSync(path.join(import.meta.dirname, "fake-stripe-js.js"), "utf8")

export async function paymentIntentsCreated(): Promise<DoubleRequest[]> {
  const response = await fetch(`${DOUBLE_URL()}/__double/requests`)
  const requests = (await response.json()) as DoubleRequest[]
  return requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_intents")
}

export async function intentAtStripe(intentId: string): Promise<DoubleIntent> {
  const response = await fetch(`${DOUBLE_URL()}/v1/payment_intents/${intentId}`, {
    headers: { authorization: "Bearer sk_test_e2e_stripe_double" },
  })
  return response.json()
}

/** What the shopper's card does at Stripe (the double's test control). */
export async function confirmAtStripe(intentId: string, outcome: "succeeded" | "declined"): Promise<DoubleIntent> {
  const response = await fetch(`${DOUBLE_URL()}/__double/payment_intents/${intentId}/confirm`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ outcome }),
  })
  return response.json()
}

export async function stripeSessionOf(page: Page) {
  const cartId = (await page.context().cookies()).find((cookie) => cookie.name === "_medusa_cart_id")!.value
  const { cart } = await storeApi<{ cart: { total: number; payment_collection: { payment_sessions: { id: string; provider_id: string; data: Record<string, any> }[] } } }>(
    `/store/carts/${cartId}?fields=total,*payment_collection.payment_sessions`
  )
  const session = cart.payment_collection.payment_sessions.find((s) => s.provider_id === "pp_stripe_stripe")!
  return { cartId, total: cart.total, session, intentId: session.data.id as string }
}

export async function toCardReview(page: Page, email: string) {
  const [product] = plainProducts((price) => price > 10)
  await addToCart(page, product.handle, 1)
  await fillAddressAndDelivery(page, { email, first: "Cara", last: "Card" })
  await page.getByRole("radio", { name: /^Card/ }).check()
  await page.getByRole("button", { name: "Continue to review" }).click()
  await page.waitForURL(/\/checkout\?step=review$/)
}

/**
 * Serves the Stripe.js stand-in, and answers its questions from the double: confirming applies the
 * next outcome to the payment intent, as the shopper's card would.
 */
export async function serveStripeJsStandIn(page: Page, outcomes: ("succeeded" | "declined")[]) {
  // Stripe.js from js.stripe.com; its questions to api.stripe.com, where Stripe.js talks (the CSP allows both).
  await page.route(/^https:\/\/(js|api)\.stripe\.com\//, async (route) => {
    const url = new URL(route.request().url())
    if (url.pathname.endsWith("/stripe.js")) {
      return route.fulfill({ contentType: "text/javascript", body: FAKE_STRIPE_JS })
    }
    const { clientSecret } = JSON.parse(route.request().postData() ?? "{}")
    const intentId = String(clientSecret).split("_secret_")[0]
    const reply = (body: unknown) => route.fulfill({ headers: { "access-control-allow-origin": "*" }, contentType: "application/json", body: JSON.stringify(body) })
    if (url.pathname === "/__test/retrieve") {
      return reply({ paymentIntent: await intentAtStripe(intentId) })
    }
    if (url.pathname === "/__test/confirm") {
      const intent = await confirmAtStripe(intentId, outcomes.shift()!)
      return reply(intent.last_payment_error ? { error: { ...intent.last_payment_error, payment_intent: intent } } : { paymentIntent: intent })
    }
    return route.abort()
  })
}
