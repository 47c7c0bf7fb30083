// The storefront under its Content-Security-Policy in Chromium: the pages shoppers and readers see
// most run without a single violation (a blocked script would also leave them without JavaScript),
// and a card checkout with the Stripe.js stand-in goes through.
import { expect, type Page, test } from "@playwright/test"
import { adminApi, addToCart, plainProducts, storeApi } from "./support/store"
import { serveStripeJsStandIn, toCardReview } from "./support/stripe"

/** Every CSP violation the page reports, as the browser words it. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on("console", (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) {
      violations.push(message.text())
    }
  })
  await page.exposeFunction("__reportViolation", (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      ;(window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI}`
      )
    })
  })
  return violations
}

test("home, product, article, checkout and account run under the CSP without a violation", async ({ page }) => {
  const violations = await watchViolations(page)
  const { articles } = await storeApi<{ articles: { handle: string }[] }>("/store/articles?limit=1")

  await page.goto("/")
  await page.goto(`/news/${articles[0].handle}`)
  // Hydrated: the per-shopper header is fetched by the page's own JavaScript.
  await expect(page.getByTestId("cart-button")).toBeVisible()
  await addToCart(page, plainProducts((price) => price > 10)[0].handle, 1)
  await page.goto("/checkout")
  await expect(page.getByLabel("Email", { exact: true })).toBeVisible()
  await page.goto("/account")
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible()
  await page.waitForLoadState("networkidle")

  expect(violations).toEqual([])
})

test("a card checkout with the Stripe.js stand-in goes through under the CSP", async ({ page }) => {
  const violations = await watchViolations(page)
  await serveStripeJsStandIn(page, ["succeeded"])
  const email = "card-under-csp@example.com"
  await toCardReview(page, email)

  const review = page.getByRole("region", { name: "Review & place order" })
  await expect(review.getByTestId("fake-payment-element")).toBeVisible()
  await review.getByRole("button", { name: "Place order" }).click()
  await page.waitForURL(/\/order\/confirmed\//)
  await expect(page.getByTestId("order-email")).toHaveText(email)

  const { orders } = await adminApi<{ orders: { email: string }[] }>("/admin/orders?fields=id,email&limit=200")
  expect(orders.filter((order) => order.email === email)).toHaveLength(1)
  expect(violations).toEqual([])
})
