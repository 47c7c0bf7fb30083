import { expect, test, type Page } from "@playwright/test"
import { expectNoSeriousViolations } from "./support/a11y"
import { addToCart, adminApi, plainProducts, registerCustomer, storeApi } from "./support/store"

// axe (WCAG 2.2 A and AA rules) on every page type; each page is its own case, so one finding
// doesn't hide the next page's.
const product = plainProducts((price) => price > 0)[0]

const staticPages: [label: string, path: string][] = [
  ["home", "/"],
  ["store listing", "/store"],
  ["category listing", `/categories/${product.categories[0]}`],
  ["product page", `/products/${product.handle}`],
  ["news index", "/news"],
  ["search results", "/search?q=magnesium"],
  ["forums index", "/forums"],
  ["brand page", `/brands/${product.brand}`],
  ["privacy page", "/privacy"],
  ["our story", "/our-story"],
  ["help (FAQ)", "/help"],
  ["contact form", "/contact"],
  ["wholesaler form", "/wholesale"],
]

for (const [label, path] of staticPages) {
  test(`axe: ${label}`, async ({ page }) => {
    await page.goto(path)
    await expectNoSeriousViolations(page, label)
  })
}

test("axe: cart and checkout with an item", async ({ page }) => {
  await addToCart(page, product.handle, 1)
  await page.goto("/cart")
  await expect(page.getByRole("link", { name: product.title }).first()).toBeVisible()
  await expectNoSeriousViolations(page, "cart")
  await page.goto("/checkout")
  await expect(page.getByLabel("Email", { exact: true })).toBeVisible()
  await expectNoSeriousViolations(page, "checkout")
})

test("axe: the product gallery zoomed, and the mini-cart open", async ({ page }) => {
  await page.goto(`/products/${product.handle}`)
  await page.getByRole("button", { name: /^Zoom:/ }).click()
  await expect(page.getByRole("dialog", { name: `${product.title}, zoomed` })).toBeVisible()
  await expectNoSeriousViolations(page, "product gallery, zoomed")
  await page.keyboard.press("Escape")
  // The mini-cart opens by itself after an add, for a few seconds; opened from the header it stays.
  const miniCart = page.getByTestId("mini-cart")
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(miniCart.getByTestId("mini-cart-line")).toHaveCount(1)
  await expect(miniCart).toBeHidden({ timeout: 15_000 })
  await page.getByTestId("cart-button").focus()
  await page.keyboard.press("Enter")
  await expect(miniCart).toBeFocused()
  await expectNoSeriousViolations(page, "mini-cart")
})

test("axe: account pages, logged in", async ({ page }) => {
  const shopper = { first: "Ada", last: "Axe", email: `a11y-account-${Date.now()}@example.com` }
  await registerCustomer(page, shopper, "a11y-2026-pass")
  await expectNoSeriousViolations(page, "account")
  await page.goto("/account/newsletter")
  await expectNoSeriousViolations(page, "newsletter preferences")
})

test("axe: an article with comments", async ({ page }) => {
  const { articles } = await storeApi<{ articles: { handle: string }[] }>("/store/articles?limit=1")
  const handle = articles[0].handle
  const body = `Plain words from an accessibility check ${Date.now()}`
  await postApprovedComment(handle, body)
  await page.goto(`/news/${handle}`)
  // Article pages are cached; the approval reaches them through the backend's revalidation event.
  await expect(async () => {
    await page.reload()
    await expect(page.getByTestId("comment").filter({ hasText: body })).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await expectNoSeriousViolations(page, "article with comments")
})

test("axe: a forum thread", async ({ page }) => {
  const { forums } = await storeApi<{ forums: { handle: string }[] }>("/store/forums")
  await page.goto(`/forums/${forums[0].handle}`)
  // The first thread's link (the forum's feed and its pages share the prefix).
  await page.locator(`main a[href^="/forums/${forums[0].handle}/"]:not([href$=".xml"]):not([href*="/pages/"])`).first().click()
  await expect(page).toHaveURL(new RegExp(`/forums/${forums[0].handle}/[^/]+$`))
  await expectNoSeriousViolations(page, "forum thread")
})

test("axe: the small-screen header with its menu open", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto("/")
  await page.getByText("Menu", { exact: true }).click()
  await expect(mobileMenuLinks(page).first()).toBeVisible()
  await expectNoSeriousViolations(page, "home, small screen, menu open")
})

function mobileMenuLinks(page: Page) {
  return page.locator("header details nav").getByRole("link")
}

/** One comment, posted straight to the store API (as the storefront would forward it) and approved. */
async function postApprovedComment(handle: string, body: string) {
  const response = await fetch(`${process.env.E2E_BACKEND_URL}/store/articles/${handle}/comments`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY!,
      "x-forwarded-for": "198.51.100.222",
      "x-storefront-proof": process.env.E2E_STOREFRONT_PROXY_SECRET!,
    },
    body: JSON.stringify({ author_name: "Axe Reader", email: "axe-reader@example.com", body, started_at: Date.now() - 60_000 }),
  })
  expect(response.status).toBe(201)
  const { comments } = await adminApi<{ comments: { id: string; body: string }[] }>("/admin/comments?status=pending&limit=100")
  const ids = comments.filter((comment) => comment.body === body).map((comment) => comment.id)
  expect(ids).toHaveLength(1)
  await adminApi("/admin/comments/batch", { method: "POST", body: { ids, status: "approved" } })
}
