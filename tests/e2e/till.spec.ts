import { expect, test, type Page } from "@playwright/test"
import { FREE_SHIPPING_FROM } from "@supplement-store/contract/limits"
import { plainProducts, products, usd } from "./support/store"

// The way to the till: mini-cart, free-shipping line, related products, Shipping & Returns, the
// sticky add-to-cart bar on small screens, and no layout shift on the product and cart pages.

/** Sum of the layout shifts not caused by input since the page started (CLS's raw material), and what moved. */
async function layoutShift(page: Page): Promise<{ sum: number; moved: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ sum: number; moved: string[] }>((resolve) => {
        type Shift = PerformanceEntry & {
          value: number
          hadRecentInput: boolean
          sources: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[]
        }
        let sum = 0
        const moved: string[] = []
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.hadRecentInput) continue
            sum += entry.value
            for (const source of entry.sources) {
              const node = source.node as Element | undefined
              moved.push(
                `${node?.nodeName}.${String(node?.className ?? "").slice(0, 60)} ${JSON.stringify(source.previousRect)} -> ${JSON.stringify(source.currentRect)}`
              )
            }
          }
        }).observe({ type: "layout-shift", buffered: true })
        setTimeout(() => resolve({ sum, moved }), 500)
      })
  )
}

async function expectNoLayoutShift(page: Page) {
  const { sum, moved } = await layoutShift(page)
  expect(sum, `layout shifts: ${moved.join("; ")}`).toBe(0)
}

const miniCart = (page: Page) => page.getByTestId("mini-cart")

test("adding opens the mini-cart, which lists the lines, counts toward free shipping and removes a line", async ({ page }) => {
  const [first, second] = plainProducts((price) => price < FREE_SHIPPING_FROM / 3)
  const firstPrice = first.variants[0].price
  const secondPrice = second.variants[0].price

  await page.goto(`/products/${first.handle}`)
  await page.getByRole("button", { name: "Add to cart" }).click()
  // It opens by itself after an add, without taking focus.
  await expect(miniCart(page).getByTestId("mini-cart-line")).toHaveCount(1)
  await expect(miniCart(page)).toContainText(first.title)
  await expect(miniCart(page).getByTestId("mini-cart-subtotal")).toHaveText(usd(firstPrice))
  await expect(miniCart(page).getByTestId("free-shipping")).toContainText(`${usd(FREE_SHIPPING_FROM - firstPrice)} away from free shipping`)
  await page.keyboard.press("Escape")
  await expect(miniCart(page)).toBeHidden()

  await page.goto(`/products/${second.handle}`)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(miniCart(page).getByTestId("mini-cart-line")).toHaveCount(2)
  await expect(miniCart(page).getByTestId("free-shipping")).toContainText(
    `${usd(FREE_SHIPPING_FROM - firstPrice - secondPrice)} away from free shipping`
  )
  await page.keyboard.press("Escape")
  await expect(page.getByTestId("cart-button")).toContainText("Cart (2)")

  // Opened from the header by keyboard: focus moves in, Escape closes and gives it back.
  await page.getByTestId("cart-button").focus()
  await page.keyboard.press("Enter")
  await expect(miniCart(page)).toBeFocused()
  await expect(page.getByTestId("cart-button")).toHaveAttribute("aria-expanded", "true")
  await miniCart(page)
    .getByRole("button", { name: `Remove ${second.title}` })
    .click()
  await expect(miniCart(page).getByTestId("mini-cart-line")).toHaveCount(1)
  await expect(page.getByTestId("cart-button")).toContainText("Cart (1)")
  await expect(miniCart(page)).not.toContainText(second.title)
  await miniCart(page).getByRole("link", { name: "View cart" }).focus()
  await page.keyboard.press("Escape")
  await expect(miniCart(page)).toBeHidden()
  await expect(page.getByTestId("cart-button")).toBeFocused()
})

test("the cart page says how far free shipping is, then that it is reached", async ({ page }) => {
  const [product] = plainProducts((price) => price < FREE_SHIPPING_FROM / 2)
  const price = product.variants[0].price
  await page.goto(`/products/${product.handle}`)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByTestId("cart-button")).toContainText("Cart (1)")

  await page.goto("/cart")
  const subtotal = Number((await page.getByTestId("subtotal").innerText()).replace(/[^0-9.]/g, ""))
  expect(subtotal).toBeCloseTo(price, 2)
  await expect(page.getByTestId("free-shipping")).toHaveText(`${usd(FREE_SHIPPING_FROM - subtotal)} away from free shipping`)

  const enough = Math.ceil(FREE_SHIPPING_FROM / price)
  const line = page.locator("form", { has: page.getByLabel(`Quantity for ${product.title}`) })
  await line.getByLabel(`Quantity for ${product.title}`).fill(String(enough))
  await line.getByRole("button", { name: "Update" }).click()
  await expect(page.getByTestId("subtotal")).toHaveText(usd(price * enough))
  await expect(page.getByTestId("free-shipping")).toHaveText("You get free shipping")
  await expectNoLayoutShift(page)
})

test("a product page shows related products (not itself), Shipping & Returns by keyboard, and no layout shift", async ({ page }) => {
  const product = products.find((p) => p.categories.length > 0 && products.some((o) => o !== p && o.brand === p.brand))!
  await page.goto(`/products/${product.handle}`)
  const related = page.getByTestId("related-products")
  await expect(related.getByRole("heading", { name: "You may also like" })).toBeVisible()
  const links = related.locator('a[href^="/products/"]')
  expect(await links.count()).toBeGreaterThan(0)
  await expect(related.locator(`a[href="/products/${product.handle}"]`)).toHaveCount(0)
  // Every related product shares a category or the brand with this one.
  const siblings = new Set(
    products.filter((o) => o.brand === product.brand || o.categories.some((c) => product.categories.includes(c))).map((o) => o.handle)
  )
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) {
    expect(siblings.has(href.replace("/products/", ""))).toBe(true)
  }

  const disclosure = page.getByTestId("shipping-returns")
  await expect(disclosure.getByText(/90 days/)).toBeHidden()
  await disclosure.locator("summary").focus()
  await page.keyboard.press("Enter")
  await expect(disclosure).toHaveAttribute("open", "")
  await expect(disclosure).toContainText(`free on orders of ${usd(FREE_SHIPPING_FROM).replace(".00", "")} or more`)
  await expect(disclosure.getByText(/90 days/)).toBeVisible()

  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForTimeout(300)
  await expectNoLayoutShift(page)
})

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 720 }, isMobile: true, hasTouch: true })

  test("the sticky bar appears once the add-to-cart button scrolled away, and adds to the cart", async ({ page }) => {
    const [product] = plainProducts((price) => price > 10)
    await page.goto(`/products/${product.handle}`)
    const bar = page.getByTestId("sticky-add-to-cart")
    await expect(bar).toBeHidden()
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2))
    await expect(bar).toBeVisible()
    await expect(bar).toContainText(product.title)
    await bar.getByRole("button", { name: "Add to cart" }).click()
    await expect(page.getByTestId("cart-button")).toContainText("Cart (1)")
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect(bar).toBeHidden()
    await expectNoLayoutShift(page)
  })
})

test("the sticky bar stays hidden on a wide screen", async ({ page }) => {
  const [product] = plainProducts((price) => price > 10)
  await page.goto(`/products/${product.handle}`)
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2))
  await page.waitForTimeout(300)
  await expect(page.getByTestId("sticky-add-to-cart")).toBeHidden()
})
