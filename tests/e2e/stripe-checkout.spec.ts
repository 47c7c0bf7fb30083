// Card checkout in Chromium. The store runs with Stripe configured against the local double (see
// support/global-setup.ts), so choosing "Card" creates a real payment session whose payment intent
// (and client secret) comes from the double. Stripe.js (js.stripe.com) cannot be reached from these
// machines: the first test stops where the browser asks for it; the second serves a stand-in
// (support/fake-stripe-js.js) to exercise the storefront's code around it; the third drives the
// 3-D Secure return route the way Stripe's redirect would.
import { expect, test } from "@playwright/test"
import { adminApi, addToCart, fillAddressAndDelivery, plainProducts } from "./support/store"
import { confirmAtStripe, intentAtStripe, paymentIntentsCreated, serveStripeJsStandIn, stripeSessionOf, toCardReview } from "./support/stripe"

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
  const { session, total } = await stripeSessionOf(page)
  expect(session.data.client_secret).toMatch(/^pi_\w+_secret_\w+$/)
  const created = (await paymentIntentsCreated()).slice(intentsBefore)
  expect(created).toHaveLength(1)
  expect(created[0].body).toMatchObject({ amount: String(Math.round(total * 100)), currency: "usd", metadata: { session_id: session.id } })

  // The shopper switches to paying on delivery and the order goes through with the same cart.
  await page.getByRole("link", { name: "Choose another payment method" }).click()
  await page.getByRole("radio", { name: /Pay on delivery/ }).check()
  await page.getByRole("button", { name: "Continue to review" }).click()
  await page.getByRole("button", { name: "Place order" }).click()
  await page.waitForURL(/\/order\/confirmed\//)
})

test("with a Stripe.js stand-in: the card form gets the session's secret, a declined card shows Stripe's message and keeps the cart, a double click places one order", async ({ page }) => {
  const outcomes: ("succeeded" | "declined")[] = ["declined", "succeeded"]
  await serveStripeJsStandIn(page, outcomes)
  const email = "card-declined-then-paid@example.com"
  await toCardReview(page, email)

  const review = page.getByRole("region", { name: "Review & place order" })
  await expect(review.getByTestId("fake-payment-element")).toBeVisible()
  const { intentId, session } = await stripeSessionOf(page)
  const calls = await page.evaluate(() => (window as unknown as { __stripeCalls: unknown[][] }).__stripeCalls)
  expect(calls).toEqual(expect.arrayContaining([["Stripe", "pk_test_e2e_stripe_double"], ["elements", session.data.client_secret], ["create", "payment"]]))

  await review.getByRole("button", { name: "Place order" }).click()
  await expect(review.getByRole("alert")).toHaveText("Your card was declined.")
  expect(page.url()).toContain("/checkout")
  await expect(page.getByTestId("cart-button").getByText("Cart (1)")).toBeVisible()
  expect((await intentAtStripe(intentId)).status).toBe("requires_payment_method")

  await review.getByRole("button", { name: "Place order" }).dblclick()
  await page.waitForURL(/\/order\/confirmed\//)
  expect(outcomes).toEqual([])
  const confirmations = await page.evaluate(() => (window as unknown as { __stripeCalls: unknown[][] }).__stripeCalls.filter((c) => c[0] === "confirmPayment"))
  expect(confirmations).toHaveLength(2)
  expect(confirmations[0]).toEqual(["confirmPayment", expect.stringMatching(/\/checkout\/payment-return$/), "if_required"])

  const { orders } = await adminApi<{ orders: { id: string; email: string }[] }>(`/admin/orders?fields=id,email&limit=200`)
  expect(orders.filter((order) => order.email === email)).toHaveLength(1)
})

test("back from 3-D Secure: a failed redirect returns to the review step with the cart, a successful one places the order", async ({ page }) => {
  await page.route(/^https:\/\/js\.stripe\.com\//, (route) => route.abort("internetdisconnected"))
  const email = "card-3ds@example.com"
  await toCardReview(page, email)
  const { intentId } = await stripeSessionOf(page)
  const returnUrl = (status: string) => `/checkout/payment-return?payment_intent=${intentId}&redirect_status=${status}`

  await confirmAtStripe(intentId, "declined")
  await page.goto(returnUrl("failed"))
  await expect(page).toHaveURL(/\/checkout\?step=review$/)
  await expect(page.getByText("By placing it you agree to pay")).toBeVisible()
  await expect(page.getByTestId("cart-button").getByText("Cart (1)")).toBeVisible()

  await confirmAtStripe(intentId, "succeeded")
  await page.goto(returnUrl("succeeded"))
  await page.waitForURL(/\/order\/confirmed\//)
  const { orders } = await adminApi<{ orders: { id: string; email: string }[] }>(`/admin/orders?fields=id,email&limit=200`)
  expect(orders.filter((order) => order.email === email)).toHaveLength(1)
})
