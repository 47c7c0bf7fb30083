import { expect, test } from "@playwright/test"
import Parser from "rss-parser"
import { adminApi, screenshot, storeApi } from "./support/store"

type ListedArticle = { id: string; handle: string; title: string }

async function newestArticles(limit = 50) {
  return storeApi<{ articles: ListedArticle[]; count: number }>(`/store/articles?limit=${limit}`)
}

test("a reader goes from /news to an article and adds a featured product to the cart", async ({ page }) => {
  await page.goto("/news")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await screenshot(page, "news")

  const firstCard = page.getByTestId("article-card").first()
  const handle = await firstCard.getAttribute("data-handle")
  await firstCard.locator(`a[href$="/news/${handle}"]`).first().click()
  await expect(page).toHaveURL(new RegExp(`/news/${handle}$`))
  await expect(page.locator("#article-title")).toBeVisible()
  await screenshot(page, "article")

  const featured = page.getByTestId("featured-product").first()
  await expect(featured).toBeVisible()
  await expect(featured.getByTestId("featured-product-price")).toContainText("$")
  await featured.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByTestId("cart-button")).toContainText("Cart (1)")
})

test("the print view drops navigation and shows the article's address", async ({ page }) => {
  const { articles } = await newestArticles(1)
  await page.goto(`/news/${articles[0].handle}`)
  await page.emulateMedia({ media: "print" })
  await expect(page.locator("header").first()).toBeHidden()
  await expect(page.locator("footer").first()).toBeHidden()
  await expect(page.locator("#article-toolbar")).toBeHidden()
  await expect(page.getByTestId("print-url")).toBeVisible()
  await expect(page.getByTestId("print-url")).toContainText(`/news/${articles[0].handle}`)
  await expect(page.locator("#article-title")).toBeVisible()
})

test("the feeds parse and hold the newest articles", async ({ request }) => {
  const parser = new Parser()
  const { articles } = await newestArticles(20)

  const all = await request.get("/news/rss.xml")
  expect(all.headers()["content-type"]).toContain("application/rss+xml")
  const feed = await parser.parseString(await all.text())
  expect(feed.items.length).toBe(Math.min(20, articles.length))
  expect(feed.items[0].title).toBe(articles[0].title)
  expect(feed.items[0].link).toMatch(new RegExp(`/news/${articles[0].handle}$`))

  const topic = await storeApi<{ articles: ListedArticle[] }>("/store/articles?topic=lyme-disease&limit=20")
  const topicFeed = await parser.parseString(await (await request.get("/news/topic/lyme-disease/rss.xml")).text())
  expect(topicFeed.items.map((item) => item.title)).toEqual(topic.articles.map((a) => a.title))

  expect((await request.get("/news/topic/no-such-topic/rss.xml")).status()).toBe(404)
})

test("the sitemap lists every published article and topic", async ({ request }) => {
  const { articles, count } = await newestArticles(50)
  expect(articles.length).toBe(count)
  const sitemap = await (await request.get("/sitemap.xml")).text()
  for (const article of articles) {
    expect(sitemap).toContain(`/news/${article.handle}</loc>`)
  }
  for (const topic of ["fibromyalgia", "chronic-fatigue", "lyme-disease", "natural-wellness", "supplement-news"]) {
    expect(sitemap).toContain(`/news/topic/${topic}</loc>`)
  }
})

test("an edit in the admin shows on the cached article page at once", async ({ page }) => {
  const { articles } = await newestArticles(3)
  const target = articles[2]
  await page.goto(`/news/${target.handle}`)
  await expect(page.locator("#article-title")).toHaveText(target.title)

  const title = `${target.title} (updated)`
  await adminApi(`/admin/articles/${target.id}`, { method: "POST", body: { title } })
  await expect(async () => {
    await page.reload()
    await expect(page.locator("#article-title")).toHaveText(title, { timeout: 1000 })
  }).toPass({ timeout: 20_000 })
  await adminApi(`/admin/articles/${target.id}`, { method: "POST", body: { title: target.title } })
})
