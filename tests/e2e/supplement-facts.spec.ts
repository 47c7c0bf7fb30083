import { createRequire } from "node:module"
import { expect, test } from "@playwright/test"
import { FDA_NOTICE } from "@supplement-store/contract/supplement-terms"
import type { SupplementFactsInput } from "@supplement-store/contract"
import { products, screenshot } from "./support/store"

// The seeded labels, keyed by product handle (required like the catalog in ./support/store).
const require = createRequire(import.meta.url)
const { supplementFacts } = require("../../backend/src/scripts/seed-data/supplement-facts.ts") as {
  supplementFacts: Record<string, SupplementFactsInput>
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const veganCapsules = products.filter((p) => {
  const facts = supplementFacts[p.handle]
  return facts?.form === "capsule" && facts.diets?.includes("vegan")
})

test("the store filters to vegan capsules, and a product's label reads as a table with the FDA notice", async ({ page }) => {
  expect(veganCapsules.length).toBeGreaterThan(0)
  await page.goto("/store")
  const form = page.getByRole("form", { name: "Filter and sort products" })
  await form.getByRole("group", { name: /Diet/ }).getByRole("checkbox", { name: /^Vegan\b/ }).check()
  await form.getByRole("group", { name: "Form" }).getByRole("checkbox", { name: /^Capsules\b/ }).check()
  await form.getByRole("button", { name: "Apply" }).click()
  await expect(page).toHaveURL(/[?&]form=capsule/)
  await expect(page).toHaveURL(/[?&]diet=vegan/)
  await expect(page.getByText(new RegExp(`\\b${veganCapsules.length} products`))).toBeVisible()

  // Every card shown is one of the seeded vegan capsules, and says so in its badges.
  const cards = page.getByRole("article")
  await expect(cards.first()).toBeVisible()
  const titles = await cards.getByRole("heading").allInnerTexts()
  expect(titles.length).toBe(Math.min(veganCapsules.length, 24))
  for (const title of titles) {
    expect(veganCapsules.map((p) => p.title)).toContain(title)
  }
  for (const card of await cards.all()) {
    const badges = card.getByTestId("label-badges").getByRole("listitem")
    await expect(badges.filter({ hasText: /^Capsules$/ })).toHaveCount(1)
    await expect(badges.filter({ hasText: /^Vegan$/ })).toHaveCount(1)
  }
  await screenshot(page, "store-vegan-capsules")

  const product = veganCapsules.find((p) => p.title === titles[0])!
  const label = supplementFacts[product.handle]
  await cards.first().getByRole("link", { name: product.title, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/products/${product.handle}$`))

  const table = page.getByRole("table", { name: /supplement facts/i })
  await expect(table).toBeVisible()
  await expect(table.getByRole("columnheader", { name: "Amount Per Serving" })).toBeVisible()
  await expect(table.getByRole("columnheader", { name: "% Daily Value" })).toBeVisible()
  const first = label.ingredients[0]
  const row = table.getByRole("row", { name: new RegExp(`^${escapeRegExp(first.name)}`) })
  await expect(row.getByRole("rowheader")).toHaveText(first.name)
  await expect(row.getByRole("cell").first()).toHaveText(`${first.amount.toLocaleString("en-US")} ${first.unit}`)
  await expect(page.getByTestId("supplement-facts")).toContainText(label.serving_size)
  await expect(page.getByText(FDA_NOTICE)).toBeVisible()
  await screenshot(page, "supplement-facts")
})

test("an article's featured products end with the FDA notice", async ({ page }) => {
  await page.goto("/news")
  const firstCard = page.getByTestId("article-card").first()
  const handle = await firstCard.getAttribute("data-handle")
  await page.goto(`/news/${handle}`)
  const block = page.locator("#featured-products")
  await expect(block.getByTestId("featured-product").first()).toBeVisible()
  await expect(block.getByTestId("fda-notice")).toHaveText(FDA_NOTICE)
})

test("/search shows Form, Diet and Ingredient facets with counts, and narrows by form", async ({ page }) => {
  await page.goto("/search?q=magnesium&form=capsule")
  const forms = page.getByRole("region", { name: "Form" })
  const capsules = forms.getByRole("link", { name: /Capsules/ })
  await expect(capsules).toHaveAttribute("aria-current", "true")
  const count = Number(await capsules.locator("span").last().innerText())
  expect(count).toBeGreaterThan(0)
  await expect(page.getByRole("heading", { level: 2, name: /Products/ })).toContainText(`(${count})`)
  await expect(page.getByRole("region", { name: "Diet" }).getByRole("link").first()).toBeVisible()
  await expect(page.getByRole("region", { name: "Ingredient" }).getByRole("link", { name: /Magnesium/ })).toBeVisible()
  const hits = page.locator("#search-products ~ ul > li")
  await expect(hits.first()).toBeVisible()
  for (const hit of await hits.all()) {
    await expect(hit.getByTestId("label-badges")).toContainText("Capsules")
  }
  await screenshot(page, "search-form-facet")
})
