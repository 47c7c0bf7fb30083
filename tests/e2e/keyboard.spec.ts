import { expect, test, type Locator, type Page } from "@playwright/test"
import { addToCart, plainProducts, storeApi } from "./support/store"

// Keyboard-only paths through the store: every step here is a key press (the cart is filled with the
// mouse first where noted, since that part is not what is under test).
const product = plainProducts((price) => price > 0)[1]

/** Presses Tab until `target` has focus (at most `limit` times), checking it shows a focus outline. */
async function tabTo(page: Page, target: Locator, { limit = 80, backwards = false } = {}) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectFocusRing(target)
      return
    }
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab")
  }
  throw new Error(`Tab never reached ${target}`)
}

async function expectFocusRing(target: Locator) {
  const ring = await target.evaluate((element) => {
    const style = getComputedStyle(element)
    return { outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0, shadow: style.boxShadow !== "none" }
  })
  expect(ring.outline || ring.shadow, "focused element shows an outline").toBe(true)
}

/** Arrow keys through a radio group (Tab lands on its checked radio) until `target` is checked. */
async function arrowTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 10 && !(await target.isChecked()); presses++) {
    await page.keyboard.press("ArrowDown")
  }
  await expect(target).toBeChecked()
}

test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
  await page.goto("/")
  await page.keyboard.press("Tab")
  const skip = page.getByRole("link", { name: "Skip to content" })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await expectFocusRing(skip)
  await page.keyboard.press("Enter")
  await expect(page.locator("#main-content")).toBeFocused()
})

test("the desktop menu: Tab reaches every link in order, Enter follows one", async ({ page }) => {
  await page.goto("/")
  const links = page.getByRole("navigation", { name: "Main" }).getByRole("link")
  const count = await links.count()
  expect(count).toBeGreaterThan(3)
  await tabTo(page, links.first())
  for (let index = 1; index < count; index++) {
    await page.keyboard.press("Tab")
    await expect(links.nth(index)).toBeFocused()
    await expectFocusRing(links.nth(index))
  }
  const href = await links.last().getAttribute("href")
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(new RegExp(`${href}$`))
})

test("the small-screen menu opens with Enter and Space, and Escape closes it and returns focus", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto("/")
  const menu = page.locator("header details")
  const toggle = menu.locator("summary")
  const links = menu.getByRole("link")
  await tabTo(page, toggle)
  await page.keyboard.press("Enter")
  await expect(menu).toHaveAttribute("open", "")
  await page.keyboard.press("Tab")
  await expect(links.first()).toBeFocused()
  await page.keyboard.press("Tab")
  await expect(links.nth(1)).toBeFocused()
  await page.keyboard.press("Escape")
  await expect(menu).not.toHaveAttribute("open")
  await expect(toggle).toBeFocused()
  await page.keyboard.press("Space")
  await expect(menu).toHaveAttribute("open", "")
  await page.keyboard.press("Escape")
  await expect(menu).not.toHaveAttribute("open")
  await expect(toggle).toBeFocused()
})

test("instant search: type, arrow through the suggestions, Escape closes, Enter opens one", async ({ page }) => {
  await page.goto("/")
  const box = page.getByRole("combobox", { name: "Search products and articles" })
  const suggestions = page.getByRole("listbox", { name: "Search suggestions" })
  await tabTo(page, box)
  await page.keyboard.type("magnesium")
  await expect(suggestions.getByRole("option").nth(1)).toBeVisible()
  await page.keyboard.press("ArrowDown")
  await expect(box).toHaveAttribute("aria-activedescendant", /option-0$/)
  await page.keyboard.press("ArrowDown")
  await expect(box).toHaveAttribute("aria-activedescendant", /option-1$/)
  await page.keyboard.press("Escape")
  await expect(box).toHaveAttribute("aria-expanded", "false")
  await expect(suggestions).toBeHidden()
  await expect(box).toBeFocused()
  await page.keyboard.press("ArrowDown")
  await expect(box).toHaveAttribute("aria-activedescendant", /option-0$/)
  const href = await suggestions.getByRole("option").first().getAttribute("href")
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(new RegExp(`${href}$`))
})

test("the comment form: reached with Tab, labelled, errors announced, posted with the keyboard", async ({ page }) => {
  const { articles } = await storeApi<{ articles: { handle: string }[] }>("/store/articles?limit=1&offset=1")
  await page.goto(`/news/${articles[0].handle}`)
  const form = page.getByRole("form", { name: "Write a comment" })
  const name = form.getByLabel("Name")
  const email = form.getByLabel("Email")
  const comment = form.getByLabel("Comment")
  // The engagement bar's link jumps over the article to the comments; Tab goes on from there.
  await tabTo(page, page.getByTestId("comments-link"), { limit: 200 })
  await page.keyboard.press("Enter")
  await tabTo(page, name, { limit: 30 })
  await page.keyboard.type("Keyboard Reader")
  await page.keyboard.press("Tab")
  await expect(email).toBeFocused()
  await page.keyboard.type("not-an-address")
  await tabTo(page, comment)
  await page.keyboard.type("Tabbing through this page was easy, and the form said what was wrong.")
  await tabTo(page, form.getByRole("button", { name: "Post comment" }))
  await page.keyboard.press("Enter")
  // The invalid field takes focus, and its message is read with it (aria-describedby).
  await expect(email).toBeFocused()
  await expect(email).toHaveAttribute("aria-invalid", "true")
  await expect(email).toHaveAccessibleDescription(/email/i)
  await page.keyboard.press("ControlOrMeta+a")
  await page.keyboard.type(`keyboard-reader-${Date.now()}@example.com`)
  await tabTo(page, form.getByRole("button", { name: "Post comment" }))
  await page.keyboard.press("Space")
  await expect(form.getByRole("status")).toHaveText(/.+/)
})

test("checkout with the keyboard only, up to the placed order", async ({ page }) => {
  await addToCart(page, product.handle, 1)
  await page.goto("/checkout")
  const fields: [label: string, value: string][] = [
    ["Email", `keyboard-shopper-${Date.now()}@example.com`],
    ["First name", "Kay"],
    ["Last name", "Board"],
    ["Address", "12 Elm Street"],
    ["City", "Columbus"],
    ["State", "OH"],
    ["Postal code", "43215"],
  ]
  for (const [label, value] of fields) {
    await tabTo(page, page.getByLabel(label, { exact: true }))
    await page.keyboard.type(value)
  }
  await tabTo(page, page.getByRole("button", { name: "Continue to delivery" }))
  await page.keyboard.press("Enter")

  const standard = page.getByRole("radio", { name: /^Standard Shipping/ })
  await expect(standard).toBeVisible()
  await tabTo(page, page.getByRole("radio", { checked: true }), { limit: 40 })
  await arrowTo(page, standard)
  await tabTo(page, page.getByRole("button", { name: "Continue to payment" }))
  await page.keyboard.press("Enter")

  const onDelivery = page.getByRole("radio", { name: /Pay on delivery/ })
  await expect(onDelivery).toBeVisible()
  // Tab enters a radio group on its checked radio, or on its first when none is checked.
  const payment = page.getByRole("group", { name: "Payment method" })
  const chosen = payment.getByRole("radio", { checked: true })
  await tabTo(page, (await chosen.count()) ? chosen : payment.getByRole("radio").first(), { limit: 40 })
  await arrowTo(page, onDelivery)
  await tabTo(page, page.getByRole("button", { name: "Continue to review" }))
  await page.keyboard.press("Enter")

  const placeOrder = page.getByRole("button", { name: "Place order" })
  await expect(placeOrder).toBeVisible()
  await tabTo(page, placeOrder)
  await page.keyboard.press("Enter")
  await page.waitForURL(/\/order\/confirmed\//)
})
