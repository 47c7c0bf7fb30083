import { expect, test } from "@playwright/test"
import { screenshot } from "./support/store"

test("the header shows instant results as you type, and arrow keys open one", async ({ page }) => {
  await page.goto("/")
  const box = page.getByRole("combobox", { name: "Search products and articles" })
  await box.fill("magnesum")
  const suggestions = page.getByRole("listbox", { name: "Search suggestions" })
  await expect(suggestions.getByRole("option").first()).toBeVisible()
  await expect(suggestions).toContainText("Products")
  await expect(suggestions.getByRole("option", { name: /Magnesium/ }).first()).toContainText("$")
  await screenshot(page, "instant-search")

  await box.press("ArrowDown")
  await expect(box).toHaveAttribute("aria-activedescendant", /option-0$/)
  const href = await suggestions.getByRole("option").first().getAttribute("href")
  await box.press("Enter")
  await expect(page).toHaveURL(new RegExp(`${href}$`))
})

test("Enter opens /search with facets that narrow the results", async ({ page }) => {
  await page.goto("/")
  const box = page.getByRole("combobox", { name: "Search products and articles" })
  await box.fill("magnesium")
  await box.press("Enter")
  await expect(page).toHaveURL(/\/search\?q=magnesium$/)
  await expect(page.getByRole("heading", { level: 1 })).toContainText("magnesium")
  await expect(page.locator("#search-products ~ ul mark").first()).toHaveText(/magnesium/i)

  const brands = page.getByRole("region", { name: "Brand" })
  const firstBrand = brands.getByRole("link").first()
  const brandName = (await firstBrand.locator("span").first().innerText()).replace(/^☐\s*/, "").trim()
  const count = Number(await firstBrand.locator("span").last().innerText())
  await firstBrand.click()
  await expect(page).toHaveURL(/brand=/)
  await expect(page.getByRole("heading", { level: 2, name: /Products/ })).toContainText(`(${count})`)
  await expect(brands.locator('[aria-current="true"]')).toContainText(brandName)
  await screenshot(page, "search-page")
})

test("a query that finds nothing suggests one that does", async ({ page }) => {
  // One real word drowned in a long made-up one: too far from anything for typo matching.
  await page.goto("/search?q=magnesium%20zzqqxxvvkkwwppjjhhggffddsstt")
  await expect(page.getByText(/Nothing matches/)).toBeVisible()
  await expect(page.getByText("Did you mean")).toBeVisible()
  await page.getByText("Did you mean").getByRole("link").click()
  await expect(page.getByRole("heading", { level: 2, name: /Products|Articles/ }).first()).toBeVisible()
})

test("a misspelt query shows the results for the engine's correction, and says so", async ({ page }) => {
  await page.goto("/search?q=rieshi")
  await expect(page.getByRole("status").filter({ hasText: "Showing results for" })).toContainText("No results for “rieshi”")
  await expect(page.getByRole("status").getByRole("link", { name: "reishi" })).toBeVisible()
  await expect(page.getByRole("link", { name: /Reishi Mushroom Extract/ }).first()).toBeVisible()
})

test("/search narrows to well-rated products and sorts the best rated first, with stars on the results", async ({ page }) => {
  await page.goto("/search")
  const rating = page.getByRole("region", { name: "Customer rating" })
  const fourUp = rating.getByRole("link", { name: /4 stars & up/ })
  const count = Number(await fourUp.locator("span").last().innerText())
  expect(count).toBeGreaterThan(0)
  await fourUp.click()
  await expect(page).toHaveURL(/rating=4/)
  await expect(page.getByRole("heading", { level: 2, name: /Products/ })).toContainText(`(${count})`)

  await page.getByRole("navigation", { name: "Sort products" }).getByRole("link", { name: "Top rated" }).click()
  await expect(page).toHaveURL(/sort=top_rated/)
  const ratings = await page.locator("#search-products ~ ul").getByText(/^Rated \d\.\d out of 5/).allInnerTexts()
  const averages = ratings.map((text) => Number(/Rated (\d\.\d)/.exec(text)![1]))
  expect(averages.length).toBeGreaterThan(0)
  expect(averages.every((average) => average >= 4)).toBe(true)
  expect(averages).toEqual([...averages].sort((a, b) => b - a))
  await screenshot(page, "search-top-rated")
})
