import { expect, test, type Page } from "@playwright/test"
import type { ArticlePerformanceRow, ContentPerformanceResponse, OrderAttributionResponse } from "@supplement-store/contract"
import { adminUrl, buildAdmin, signInToAdmin } from "./support/admin"
import { adminApi, checkOut, plainProducts, screenshot, storeApi } from "./support/store"

type ListedArticle = { id: string; handle: string; title: string }
type StoreArticle = ListedArticle & { featured_products?: { id: string; handle: string }[] }

/** The newest published articles, each with its featured products. */
async function articlesWithFeatured(): Promise<StoreArticle[]> {
  const { articles } = await storeApi<{ articles: ListedArticle[] }>("/store/articles?limit=50")
  return Promise.all(articles.map(async ({ handle }) => (await storeApi<{ article: StoreArticle }>(`/store/articles/${handle}`)).article))
}

/** The article's row of today's content performance (zeros when nobody read it yet). */
async function performanceOf(articleId: string): Promise<Pick<ArticlePerformanceRow, "readers" | "orders" | "revenue_last" | "clicks">> {
  const today = new Date().toISOString().slice(0, 10)
  const { articles } = await adminApi<ContentPerformanceResponse>(`/admin/content-performance?from=${today}&to=${today}`)
  return articles.find((row) => row.article_id === articleId) ?? { readers: 0, orders: 0, revenue_last: 0, clicks: 0 }
}

/** Opens the article and waits until the storefront has passed its view (and read) on. */
async function readArticle(page: Page, handle: string) {
  const counted = page.waitForResponse((response) => response.url().includes(`/api/news/views/${handle}`))
  await page.goto(`/news/${handle}`)
  expect((await counted).ok()).toBe(true)
}

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(600_000)
  await buildAdmin(testInfo.outputDir)
})

test("a reader reads an article, clicks a featured product, buys it, and the order counts under that article", async ({ page }) => {
  // A single-variant product in good stock, featured on a published article.
  const plain = new Map(plainProducts(() => true).map((product) => [product.handle, product]))
  const article = (await articlesWithFeatured()).find((candidate) => candidate.featured_products?.some((p) => plain.has(p.handle)))!
  const featured = article.featured_products!.find((p) => plain.has(p.handle))!
  const product = plain.get(featured.handle)!
  const before = await performanceOf(article.id)

  await readArticle(page, article.handle)
  const click = page.waitForRequest((request) => request.url().endsWith("/api/attribution/clicks") && request.method() === "POST")
  await page.getByTestId("featured-product").filter({ has: page.getByRole("link", { name: product.title }) }).getByRole("link", { name: product.title }).click()
  expect(JSON.parse((await click).postData() ?? "{}")).toEqual({ article_handle: article.handle, product_id: featured.id })
  await expect(page).toHaveURL(new RegExp(`/products/${product.handle}`))

  await page.getByRole("button", { name: "Add to cart" }).click()
  await page.getByText("Added to cart").waitFor()
  const orderId = await checkOut(page, { email: "article-reader@example.com", first: "Rhea", last: "Reader" })
  const { order } = await adminApi<{ order: { total: number } }>(`/admin/orders/${orderId}?fields=total`)

  // The order is settled by its `order.placed` subscriber, a moment after the confirmation page.
  await expect
    .poll(async () => (await adminApi<OrderAttributionResponse>(`/admin/orders/${orderId}/attribution`)).attribution?.last_article?.handle)
    .toBe(article.handle)
  const { attribution } = await adminApi<OrderAttributionResponse>(`/admin/orders/${orderId}/attribution`)
  expect(attribution!.articles.map((read) => read.handle)).toContain(article.handle)
  expect(attribution!.clicked).toEqual([{ product_id: featured.id, article: expect.objectContaining({ handle: article.handle }) }])
  expect(attribution!.revenue).toBeCloseTo(order.total, 2)

  await expect.poll(async () => (await performanceOf(article.id)).orders).toBe(before.orders + 1)
  const after = await performanceOf(article.id)
  expect(after.revenue_last).toBeCloseTo(before.revenue_last + order.total, 2)
  expect(after.clicks).toBe(before.clicks + 1)
  expect(after.readers).toBeGreaterThanOrEqual(1)

  // What staff see: the article's row on Content performance, and the order's "Came from".
  await signInToAdmin(page)
  await page.goto(adminUrl("/content-performance"))
  const row = page.getByTestId("article-performance").getByRole("row").filter({ has: page.getByRole("link", { name: article.title }) })
  const cells = row.getByRole("cell")
  await expect(cells.nth(4)).toHaveText(String(after.orders)) // Readers, Clicks, Add-to-carts, Orders
  await expect(cells.nth(6)).toContainText(after.revenue_last.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }))
  await screenshot(page, "attribution-content-performance")
  await page.goto(adminUrl(`/orders/${orderId}`))
  await expect(page.getByTestId("order-attribution")).toContainText(`Came from: ${article.title}`)
  await screenshot(page, "attribution-order")
})

test("a reader who sends Do Not Track is not recorded, one who does not is", async ({ browser }) => {
  const articles = await articlesWithFeatured()
  // Not the article the purchase above read, so its readers are this test's alone.
  const article = articles[articles.length - 1]
  const before = await performanceOf(article.id)

  const optedOut = await browser.newContext({ extraHTTPHeaders: { DNT: "1" } })
  await readArticle(await optedOut.newPage(), article.handle)
  // Nothing was sent to the backend, so no visitor token came back either.
  expect((await optedOut.cookies()).map((cookie) => cookie.name)).not.toContain("_verdant_visitor")
  await optedOut.close()
  expect((await performanceOf(article.id)).readers).toBe(before.readers)

  // The same read without the header counts, so the check above could have failed.
  const tracked = await browser.newContext()
  await readArticle(await tracked.newPage(), article.handle)
  expect((await tracked.cookies()).map((cookie) => cookie.name)).toContain("_verdant_visitor")
  await tracked.close()
  await expect.poll(async () => (await performanceOf(article.id)).readers).toBe(before.readers + 1)
})
