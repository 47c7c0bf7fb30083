import { expect, test } from "@playwright/test"
import type { ArticleSummary, ProductSuggestionsResponse, RelatedArticlesResponse } from "@supplement-store/contract"
import { adminUrl, buildAdmin, signInToAdmin } from "./support/admin"
import { adminApi, screenshot, storeApi } from "./support/store"

// From article to sale: the editor's suggested products, a product page's related articles and an
// article's products when it features none, all ranked by the backend from the texts.

type AdminArticle = {
  id: string
  title: string
  summary: string
  body: string
  topic: { id: string } | null
  featured_products: { id: string; title: string }[]
}

const MAGNESIUM_ARTICLE = "magnesium-fibromyalgia-muscle-pain-trial"

test.describe("the article editor's suggested products", () => {
  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(600_000)
    await buildAdmin(testInfo.outputDir)
  })

  test("shows products ranked from the article with why, price and stock; Add features one", async ({ page }) => {
    const { articles } = await adminApi<{ articles: { id: string; handle: string }[] }>(`/admin/articles?q=magnesium&limit=50`)
    const { id } = articles.find((a) => a.handle === MAGNESIUM_ARTICLE)!
    const { article } = await adminApi<{ article: AdminArticle }>(`/admin/articles/${id}`)
    const { suggestions } = await adminApi<ProductSuggestionsResponse>("/admin/product-suggestions", {
      method: "POST",
      body: { title: article.title, summary: article.summary, body: article.body, topic_id: article.topic?.id, article_id: id },
    })
    const candidate = suggestions.find((s) => !s.featured && s.reasons.terms.length > 0)!
    expect(candidate, "a suggestion the article does not feature yet").toBeDefined()
    const alreadyFeatured = suggestions.find((s) => s.featured)

    await signInToAdmin(page)
    await page.goto(adminUrl(`/articles/${id}`))
    const list = page.getByRole("list", { name: "Suggested products" })
    await expect(list).toBeVisible()
    const suggestedRow = (title: string) =>
      list.getByTestId("suggested-product").filter({ has: page.getByText(title, { exact: true }) })
    const row = suggestedRow(candidate.title)
    // A term that names an ingredient shows once, as the ingredient.
    await expect(row.getByTestId("suggestion-reasons")).toContainText(candidate.reasons.terms.at(-1)!, { ignoreCase: true })
    if (candidate.reasons.topic) {
      await expect(row).toContainText(`Topic: ${candidate.reasons.topic}`)
    }
    await expect(row).toContainText(candidate.in_stock ? /in stock/i : "Out of stock")
    await expect(row).toContainText("$")
    if (alreadyFeatured) {
      const featuredRow = suggestedRow(alreadyFeatured.title)
      await expect(featuredRow).toContainText("Featured")
      await expect(featuredRow.getByRole("button", { name: /^Add / })).toBeDisabled()
    }
    await screenshot(page, "admin-suggested-products")

    const featuredList = page.getByTestId("featured-product")
    const featuredCandidate = featuredList.filter({ has: page.getByText(candidate.title, { exact: true }) })
    await expect(featuredCandidate).toHaveCount(0)
    await row.getByRole("button", { name: `Add ${candidate.title} to the featured products` }).click()
    await expect(featuredCandidate).toHaveCount(1)
    await expect(featuredList).toHaveCount(article.featured_products.length + 1)
    await expect(row).toContainText("Already featured")
    await expect(row.getByRole("button", { name: /^Add / })).toBeDisabled()
  })
})

test("a product no article features offers related articles that lead to one", async ({ page }) => {
  const { products } = await storeApi<{ products: { id: string; handle: string }[] }>("/store/products?limit=200&fields=id,handle")
  let target: { handle: string; related: ArticleSummary[] } | undefined
  for (const product of products) {
    const { articles: featuring } = await storeApi<{ articles: ArticleSummary[] }>(`/store/products/${product.id}/articles`)
    if (featuring.length > 0) continue
    const { articles: related } = await storeApi<RelatedArticlesResponse>(`/store/products/${product.id}/related-articles`)
    if (related.length > 0) {
      target = { handle: product.handle, related }
      break
    }
  }
  expect(target, "a seeded product no article features, with related articles").toBeDefined()

  await page.goto(`/products/${target!.handle}`)
  const section = page.getByTestId("related-articles")
  await expect(section.getByRole("heading", { name: "Related articles" })).toBeVisible()
  await expect(page.getByRole("heading", { name: "In the news" })).toHaveCount(0)
  const first = target!.related[0]
  await section.getByRole("link", { name: first.title }).click()
  await expect(page).toHaveURL(new RegExp(`/news/${first.handle}$`))
  await expect(page.locator("#article-title")).toHaveText(first.title)
})

test("an article that features no product shows products for it, with price and stock", async ({ page }) => {
  const [{ topics }, { authors }] = await Promise.all([
    adminApi<{ topics: { id: string; handle: string }[] }>("/admin/topics"),
    adminApi<{ authors: { id: string }[] }>("/admin/authors"),
  ])
  const handle = `magnesium-sleep-notes-${Date.now()}`
  const { article } = await adminApi<{ article: { id: string } }>("/admin/articles", {
    method: "POST",
    body: {
      title: "Magnesium Glycinate and Sleep: Notes From Small Trials",
      handle,
      summary: "Magnesium glycinate taken in the evening helped some people with fibromyalgia sleep a little longer.",
      body: "Magnesium is a mineral many readers try for sleep and muscle pain. Glycinate forms are gentle on digestion.",
      topic_id: topics.find((t) => t.handle === "fibromyalgia")!.id,
      author_id: authors[0].id,
      status: "published",
    },
  })
  try {
    const { product_ids } = await storeApi<{ product_ids: string[] }>(`/store/articles/${handle}/suggested-products`)
    expect(product_ids.length).toBeGreaterThan(0)

    await page.goto(`/news/${handle}`)
    await expect(page.getByTestId("featured-product")).toHaveCount(0)
    const section = page.getByTestId("products-for-article")
    await expect(section.getByRole("heading", { name: "Products for this article" })).toBeVisible()
    const cards = section.getByRole("article")
    await expect(cards).toHaveCount(product_ids.length)
    await expect(cards.first().getByRole("heading", { level: 3 })).toContainText(/magnesium/i)
    await expect(cards.first()).toContainText("$")
    await screenshot(page, "article-products-for-article")
  } finally {
    await adminApi(`/admin/articles/${article.id}`, { method: "DELETE" })
  }
})
