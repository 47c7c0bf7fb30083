import { expect, test, type Locator, type Page } from "@playwright/test"
import { adminApi, addToCart, checkOut, plainProducts, registerCustomer, screenshot, storeApi } from "./support/store"

type AdminReview = { id: string; title: string; status: string; verified_buyer: boolean }
type Summary = { summary: { count: number; average: number } }

// Not the products other suites buy first, so their carts and this review don't meet.
const product = plainProducts((price) => price >= 10 && price <= 30).at(-1)!

const HOSTILE = "<img src=x onerror=alert(1)>"

// The later tests read the review the first one writes.
test.describe.configure({ mode: "serial" })

async function productId(handle: string): Promise<string> {
  const { products } = await storeApi<{ products: { id: string }[] }>(`/store/products?handle=${handle}&fields=id`)
  return products[0].id
}

/**
 * Product pages and listings are cached; a moderator's decision reaches them through the backend's
 * events (summary rewritten, storefront revalidated), a moment after the admin API answered.
 */
async function reloadUntilVisible(page: Page, target: Locator) {
  await expect(async () => {
    await page.reload()
    await expect(target).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
}

test("a customer reviews a purchase from the order page; once approved, stars show on the card and the page", async ({ page }) => {
  const dialogs: string[] = []
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  const id = await productId(product.handle)
  const before = (await storeApi<Summary>(`/store/products/${id}/reviews/summary`)).summary
  const email = `reviewer-${Date.now()}@example.com`
  await registerCustomer(page, { first: "Rhea", last: "Reviewer", email }, "reviews-2026-pass")
  await addToCart(page, product.handle, 1)
  const orderId = await checkOut(page, { email, first: "Rhea", last: "Reviewer" }, { fillEmail: false })

  await page.goto(`/account/orders/${orderId}`)
  await page.getByRole("link", { name: `Review your purchase: ${product.title}` }).click()
  await expect(page).toHaveURL(new RegExp(`/products/${product.handle}#write-review$`))

  const form = page.getByRole("form", { name: "Write a review" })
  const title = `Gentle and steady ${Date.now()}`
  const body = `Took it every evening for a month ${HOSTILE} and noticed calmer nights.`
  await form.getByRole("radio", { name: "4 stars" }).check()
  await form.getByLabel("Title").fill(title)
  await form.getByLabel("Your review").fill(body)
  // People take a few seconds to write; faster reviews count as a bot's.
  await page.waitForTimeout(3500)
  await form.getByRole("button", { name: "Post review" }).click()
  await expect(page.getByText("Your review is awaiting moderation")).toBeVisible()
  await expect(page.getByTestId("own-review-status")).toHaveText("Awaiting moderation")
  await expect(page.getByTestId("own-review")).toContainText(HOSTILE)

  const { reviews } = await adminApi<{ reviews: AdminReview[] }>(`/admin/reviews?status=pending&product_id=${id}`)
  const mine = reviews.find((review) => review.title === title)!
  expect(mine.verified_buyer).toBe(true)
  const reply = `Thank you, Rhea! Glad the evenings are calmer ${Date.now()}.`
  await adminApi(`/admin/reviews/${mine.id}`, { method: "POST", body: { status: "approved", reply } })

  const review = page.getByTestId("review").filter({ hasText: title })
  await reloadUntilVisible(page, review)
  await expect(review.getByTestId("verified-buyer")).toHaveText("Verified buyer")
  await expect(review.getByTestId("review-body")).toHaveText(body)
  await expect(review.getByTestId("review-reply")).toContainText(reply)
  expect(await page.locator("#reviews img, #reviews script").count()).toBe(0)
  const count = before.count + 1
  await expect(page.locator("#reviews")).toHaveAttribute("data-count", String(count))
  await expect(page.getByTestId("own-review-status")).toHaveText("Published")
  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((text) => JSON.parse(text))
    .find((data) => data["@type"] === "Product")
  expect(jsonLd.aggregateRating).toMatchObject({ reviewCount: count, bestRating: 5, worstRating: 1 })
  expect(jsonLd.review.some((r: { name: string }) => r.name === title)).toBe(true)
  await screenshot(page, "reviews-product")

  // The listing's card: stars and count, read out as one phrase.
  await page.goto(`/brands/${product.brand}`)
  const card = page.locator("article", { has: page.getByRole("link", { name: product.title, exact: true }) })
  const label = new RegExp(`^Rated \\d\\.\\d out of 5, ${count} reviews?$`)
  await reloadUntilVisible(page, card.getByRole("img", { name: label }))
  await screenshot(page, "reviews-listing")

  await page.goto(`/account/orders/${orderId}`)
  await expect(page.getByRole("link", { name: `You reviewed ${product.title}: see your review` })).toBeVisible()
  await page.waitForTimeout(300)
  expect(dialogs).toEqual([])
})

test("a guest is asked to log in to review, and comes back to the product", async ({ page }) => {
  await page.goto(`/products/${product.handle}`)
  const login = page.getByRole("link", { name: "Log in to write a review" })
  await expect(login).toBeVisible()
  await expect(page.getByRole("form", { name: "Write a review" })).toHaveCount(0)
  await login.click()
  await expect(page).toHaveURL(/\/account\?next=/)
  expect(new URL(page.url()).searchParams.get("next")).toBe(`/products/${product.handle}#write-review`)
  await expect(page.getByRole("form", { name: "Log in" })).toBeVisible()
})

test("the list sorts and filters by rating in place", async ({ page }) => {
  await page.goto(`/products/${product.handle}`)
  const histogram = page.getByTestId("review-histogram")
  await expect(histogram).toBeVisible()
  const fourStars = histogram.getByRole("button", { name: /^4 stars: \d+ reviews?$/ })
  await fourStars.click()
  await expect(fourStars).toHaveAttribute("aria-pressed", "true")
  await expect(page.getByTestId("review-list-status")).toHaveText(/^\d+ 4-star reviews?$/)
  for (const stars of await page.getByTestId("review").locator(".sr-only").allTextContents()) {
    expect(stars).toBe("Rated 4 out of 5")
  }
  await page.getByLabel("Sort by").selectOption("newest")
  await expect(page.getByTestId("review-list-status")).toHaveText(/4-star/)
  await page.getByRole("button", { name: "Show all ratings" }).click()
  await expect(fourStars).toHaveAttribute("aria-pressed", "false")
})
