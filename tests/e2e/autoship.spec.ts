import { expect, test, type Page } from "@playwright/test"
import { adminApi, checkOut, discounted, plainProducts, usd, type Shopper } from "./support/store"

type AdminOrder = {
  email: string
  shipping_total: number
  items: { product_handle: string; quantity: number; unit_price: number; metadata: Record<string, unknown> | null }[]
}

/** Opens /account/autoship until the order's autoship is there (placing the order creates it). */
async function openAutoships(page: Page) {
  await expect(async () => {
    await page.goto("/account/autoship")
    await expect(page.getByTestId("autoship")).toHaveCount(1, { timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
}

/** The checkout's "Create an account" form; it comes back to the checkout with the same cart. */
async function registerAtCheckout(page: Page, shopper: Shopper) {
  const register = page.getByRole("form", { name: "Create an account" })
  await register.getByLabel("First name").fill(shopper.first)
  await register.getByLabel("Last name").fill(shopper.last)
  await register.getByLabel("Email").fill(shopper.email)
  await register.getByLabel("Password").fill("autoship-2026")
  await expect(register.getByLabel("Email")).toHaveValue(shopper.email)
  await register.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByTestId("account-link")).toContainText(shopper.first)
  await expect(page.getByRole("heading", { name: "Autoship needs an account" })).toHaveCount(0)
  await expect(page).toHaveURL(/\/checkout$/)
}

test("a guest picks autoship, registers at checkout, then skips a delivery and orders now from the account", async ({ page }) => {
  const [product] = plainProducts((price) => price > 15)
  const memberPrice = discounted(product.variants[0].price, 15)
  const shopper = { email: `autoship-${Date.now()}@example.com`, first: "Ava", last: "Autoship" }

  // The product page: autoship at the member price, every 30 days.
  await page.goto(`/products/${product.handle}`)
  await page.getByRole("radio", { name: /Autoship & save 15%/ }).check()
  await page.getByLabel("Ships", { exact: true }).selectOption("30")
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByText("Added to cart with autoship")).toBeVisible()
  await page.getByTestId("cart-button").getByText("Cart (1)").waitFor()

  // The cart: the line says how often it ships, and its interval can change.
  await page.goto("/cart")
  const autoshipLine = page.getByTestId("autoship-line")
  await expect(autoshipLine).toContainText("Autoship every 30 days")
  await expect(autoshipLine).toContainText("ship free with standard shipping")
  await autoshipLine.getByLabel(`How often ${product.title} ships`).selectOption("45")
  await autoshipLine.getByRole("button", { name: "Change" }).click()
  await expect(autoshipLine).toContainText("Autoship every 45 days")
  await expect(page.getByTestId("subtotal")).toContainText(usd(memberPrice))

  // The checkout asks a guest for an account first, and offers nothing else until then.
  await page.goto("/checkout")
  await expect(page.getByRole("heading", { name: "Autoship needs an account" })).toBeVisible()
  await expect(page.getByRole("button", { name: "Continue to delivery" })).toHaveCount(0)
  await registerAtCheckout(page, shopper)

  // The same cart, now the customer's.
  const orderId = await checkOut(page, shopper, { fillEmail: false, delivery: /^Autoship Delivery/ })
  const { order } = await adminApi<{ order: AdminOrder }>(
    `/admin/orders/${orderId}?fields=email,shipping_total,items.product_handle,items.quantity,items.unit_price,items.metadata`
  )
  expect(order.email).toBe(shopper.email)
  expect(order.shipping_total).toBe(0)
  expect(order.items).toHaveLength(1)
  expect(order.items[0].product_handle).toBe(product.handle)
  expect(order.items[0].unit_price).toBeCloseTo(memberPrice, 2)
  expect(Number(order.items[0].metadata?.autoship_interval_days)).toBe(45)

  // The account lists the autoship the order started.
  await openAutoships(page)
  const autoship = page.getByTestId("autoship")
  await expect(autoship.getByTestId("autoship-status")).toHaveText("Active")
  await expect(autoship).toContainText("Every 45 days")
  await expect(autoship.getByTestId("autoship-line")).toContainText(product.title)
  await expect(autoship.getByTestId("autoship-line")).toContainText("× 1")
  const firstDate = (await autoship.getByTestId("autoship-next-date").textContent()) ?? ""
  expect(firstDate).not.toBe("")

  // Skip: the next delivery moves on by one interval, and the skipped one is in the history.
  await autoship.getByRole("button", { name: "Skip next" }).click()
  await expect(autoship.getByText(/^Skipped\. Your next delivery is on /)).toBeVisible()
  await expect(autoship.getByTestId("autoship-next-date")).not.toHaveText(firstDate)
  await expect(autoship.getByTestId("autoship-cycle").filter({ hasText: "Skipped" })).toHaveCount(1)

  // Order now: a second order in the history.
  await autoship.getByRole("button", { name: "Order now" }).click()
  await expect(autoship.getByText(/(Order #\d+|Your order) is placed/)).toBeVisible()
  await expect(autoship.getByTestId("autoship-cycle").filter({ hasText: "Ordered" }).first()).toBeVisible()

  await page.goto("/account/orders")
  await expect(page.getByTestId("order-row")).toHaveCount(2)

  // An active autoship makes a member.
  await page.goto("/account/club")
  await expect(page.getByTestId("club-member")).toBeVisible()
})

test("cancelling an autoship asks once before it cancels", async ({ page }) => {
  const [, product] = plainProducts((price) => price > 15)
  const shopper = { email: `autoship-cancel-${Date.now()}@example.com`, first: "Cal", last: "Cancel" }

  await page.goto(`/products/${product.handle}`)
  await page.getByRole("radio", { name: /Autoship & save/ }).check()
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByText("Added to cart with autoship")).toBeVisible()

  await page.goto("/checkout")
  await registerAtCheckout(page, shopper)
  await checkOut(page, shopper, { fillEmail: false, delivery: /^Autoship Delivery/ })

  await openAutoships(page)
  await page.getByRole("link", { name: "Cancel autoship" }).click()
  await expect(page).toHaveURL(/confirm=cancel/)
  await expect(page.getByTestId("autoship-status")).toHaveText("Active")
  await page.getByRole("button", { name: "Yes, cancel autoship" }).click()
  await expect(page.getByText("Your autoship is cancelled.")).toBeVisible()
  await expect(page.getByTestId("autoship-status")).toHaveText("Cancelled")
})

test("a reminder's skip link with a broken token skips nothing and says why", async ({ page }) => {
  await page.goto("/account/autoship/skip?token=not-a-token")
  await expect(page.getByRole("heading", { name: "This link doesn't work" })).toBeVisible()
  await expect(page.getByRole("button", { name: "Skip the next delivery" })).toHaveCount(0)
})
