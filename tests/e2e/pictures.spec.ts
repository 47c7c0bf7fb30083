import { expect, test, type Locator } from "@playwright/test"
import { adminApi, plainProducts, products, screenshot, storeApi } from "./support/store"

type StoreProduct = { id: string; handle: string; thumbnail: string }

/** The picture an <img> shows: next/image's optimiser URL names it in `url`. */
async function pictureOf(img: Locator): Promise<string> {
  const src = (await img.getAttribute("src"))!
  const url = new URL(src, "http://storefront")
  return url.pathname === "/_next/image" ? url.searchParams.get("url")! : src
}

/** Waits until the image has loaded and decoded, and answers its natural width. */
async function loadedWidth(img: Locator): Promise<number> {
  await expect(img).toBeVisible()
  await img.evaluate((el: HTMLImageElement) => (el.complete ? undefined : new Promise((resolve) => el.addEventListener("load", resolve, { once: true }))))
  return img.evaluate((el: HTMLImageElement) => el.naturalWidth)
}

test("product pictures show on cards, in the product gallery (keyboard zoom) and in the cart", async ({ page }) => {
  const [product] = plainProducts(() => true)
  const other = products.find((p) => p.handle !== product.handle)!
  const { products: found } = await storeApi<{ products: StoreProduct[] }>(
    `/store/products?handle[]=${product.handle}&handle[]=${other.handle}&fields=id,handle,thumbnail`
  )
  const mine = found.find((p) => p.handle === product.handle)!
  const second = found.find((p) => p.handle === other.handle)!.thumbnail
  expect(mine.thumbnail).toMatch(/\.webp$/)
  // A second picture for the gallery (another generated packshot, so it stays beside the first).
  await adminApi(`/admin/products/${mine.id}`, { method: "POST", body: { images: [{ url: mine.thumbnail }, { url: second }] } })

  // A listing card shows its packshot.
  await page.goto(`/brands/${product.brand}`)
  const card = page.locator("article", { has: page.getByRole("link", { name: product.title, exact: true }) })
  const cardImg = card.getByRole("img", { name: product.title })
  expect(await loadedWidth(cardImg)).toBeGreaterThan(0)
  expect(await pictureOf(cardImg)).toBe(mine.thumbnail)

  // The product page: the main picture is preloaded and loads.
  await page.goto(`/products/${product.handle}`)
  const main = page.getByRole("button", { name: `Zoom: ${product.title}, picture 1 of 2` })
  expect(await loadedWidth(main.getByRole("img"))).toBeGreaterThan(0)
  expect(await pictureOf(main.getByRole("img"))).toBe(mine.thumbnail)
  await screenshot(page, "pictures-product")

  // Keyboard: a thumbnail, the arrow to the next one, Enter zooms, Escape closes and focus comes back.
  const first = page.getByRole("button", { name: `Show ${product.title}, picture 1 of 2` })
  const next = page.getByRole("button", { name: `Show ${product.title}, picture 2 of 2` })
  await first.focus()
  await page.keyboard.press("ArrowRight")
  await expect(next).toBeFocused()
  await expect(next).toHaveAttribute("aria-current", "true")
  expect(await pictureOf(page.getByRole("button", { name: /^Zoom:/ }).getByRole("img"))).toBe(second)
  await page.keyboard.press("Enter")
  const dialog = page.getByRole("dialog", { name: `${product.title}, zoomed` })
  await expect(dialog).toBeVisible()
  expect(await loadedWidth(dialog.getByRole("img"))).toBeGreaterThan(0)
  expect(await pictureOf(dialog.getByRole("img"))).toBe(second)
  await page.keyboard.press("ArrowLeft")
  expect(await pictureOf(dialog.getByRole("img"))).toBe(mine.thumbnail)
  await screenshot(page, "pictures-zoom")
  await page.keyboard.press("Escape")
  await expect(dialog).toBeHidden()
  await expect(next).toBeFocused()

  // The cart line shows the product's picture (decorative there: the line names the product).
  await page.getByRole("button", { name: "Add to cart" }).click()
  await page.getByText("Added to cart").waitFor()
  await page.goto("/cart")
  const line = page.getByRole("list", { name: "Items in your cart" }).getByRole("listitem").filter({ hasText: product.title }).locator("img")
  expect(await loadedWidth(line)).toBeGreaterThan(0)
  expect(await pictureOf(line)).toBe(mine.thumbnail)
})

test("the favicon and the web app manifest are served", async ({ request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json()
  expect(manifest.name).toBe("Verdant Health Store")
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(icon.src)
    expect({ src: icon.src, status: response.status(), type: response.headers()["content-type"] }).toEqual({
      src: icon.src,
      status: 200,
      type: expect.stringContaining(icon.type),
    })
  }
  expect((await request.get("/icon.svg")).headers()["content-type"]).toContain("image/svg+xml")
})
