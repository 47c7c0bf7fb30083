// Card checkout in Chromium, up to the point where the browser would talk to Stripe: the store runs
// with Stripe configured against the local double (see support/global-setup.ts), so choosing "Card"
// creates a real payment session whose payment intent (and client secret) comes from the double.
// Stripe.js itself (js.stripe.com) cannot be reached from these machines: the test records that the
// storefront asks for it, then checks the shopper is told plainly and keeps their cart.
import { expect, test } from "@playwright/test"
import { addToCart, fillAddressAndDelivery, plainProducts, storeApi } from "./support/store"

type DoubleRequest = { method: string; path: string; body: Record<string, any> }

async function paymentIntentsCreated(): Promise<DoubleRequest[]> {
  const response = await fetch(`${process.env.E2E_STRIPE_DOUBLE_URL}/__double/requests`)
  const requests = (await response.json()) as DoubleRequest[]
  return requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_intents")
}

test("paying by card creates a Stripe payment intent for the cart and loads Stripe.js; without Stripe the cart is kept", async ({ page }) => {
  const stripeJs: string[] = []
  await page.route(/^https:\/\/js\.stripe\.com\//, (route) => {
    stripeJs.push(route.request().url())
    return route.abort("internetdisconnected")
  })

  const [product] = plainProducts((price) => price > 10)
  await addToCart(page, product.handle, 1)
  await fillAddressAndDelivery(page, { email: "card-shopper@example.com", first: "Cara", last: "Card" })

  await expect(page.getByRole("radio", { name: /Pay on delivery/ })).toBeVisible()
  await page.getByRole("radio", { name: /^Card/ }).check()
  const intentsBefore = (await paymentIntentsCreated()).length
  await page.getByRole("button", { name: "Continue to review" }).click()

  // The review step asks for Stripe.js (the Payment Element's script) with the session's client secret ready.
  const review = page.getByRole("region", { name: "Review & place order" })
  await expect(review.getByRole("alert")).toContainText("The secure card form couldn't be loaded from Stripe")
  await expect(review.getByRole("alert")).toContainText("Your cart is saved")
  expect(stripeJs.length).toBeGreaterThan(0)
  expect(stripeJs[0]).toMatch(/^https:\/\/js\.stripe\.com\/[a-z0-9]+\/stripe\.js/)
  await expect(review.getByRole("button", { name: "Place order" })).toHaveCount(0)

  // The payment intent the double created is for this cart's total, in cents, tagged with the session.
  const cartId = (await page.context().cookies()).find((cookie) => cookie.name === "_medusa_cart_id")!.value
  const { cart } = await storeApi<{ cart: { total: number; payment_collection: { payment_sessions: { id: string; provider_id: string; data: Record<string, unknown> }[] } } }>(
    `/store/carts/${cartId}?fields=total,*payment_collection.payment_sessions`
  )
  const session = cart.payment_collection.payment_sessions.find((s) => s.provider_id === "pp_stripe_stripe")!
  expect(session.data.client_secret).toMatch(/^pi_\w+_secret_\w+$/)
  const created = (await paymentIntentsCreated()).slice(intentsBefore)
  expect(created).toHaveLength(1)
  expect(created[0].body).toMatchObject({ amount: String(Math.round(cart.total * 100)), currency: "usd", metadata: { session_id: session.id } })

  // The shopper switches to paying on delivery and the order goes through with the same cart.
  await page.getByRole("link", { name: "Choose another payment method" }).click()
  await page.getByRole("radio", { name: /Pay on delivery/ }).check()
  await page.getByRole("button", { name: "Continue to review" }).click()
  await page.getByRole("button", { name: "Place order" }).click()
  await page.waitForURL(/\/order\/confirmed\//)
})
