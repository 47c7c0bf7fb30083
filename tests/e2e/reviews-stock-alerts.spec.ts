import { expect, test } from "@playwright/test"
import { adminApi, products, readOutboxMail, screenshot } from "./support/store"

type InventoryItems = { inventory_items: { id: string; sku: string }[] }
type StockLocations = { stock_locations: { id: string }[] }
type Demand = { demand: { variant_id: string; sku: string | null; waiting: number; pending: number }[] }

/** A link to one of the storefront's back-in-stock pages, from an email's text part. */
function stockAlertLink(text: string | undefined, page: "confirm" | "cancel"): string {
  const link = text?.match(new RegExp(`https?://\\S+/stock-alerts/${page}\\?token=[\\w.%-]+`))?.[0]
  if (!link) {
    throw new Error(`no ${page} link in: ${text}`)
  }
  return link
}

test("a guest asks for a sold-out product, confirms by email, and hears once when staff restock it", async ({ page }) => {
  // The seed's second fully sold-out product (the checkout suite uses the first as it is).
  const soldOut = products.filter((p) => p.variants.every((v) => v.stock === 0))[1]
  const variant = soldOut.variants[0]
  const email = "waiting-reader@example.com"
  const [{ id: inventoryItemId }] = (await adminApi<InventoryItems>(`/admin/inventory-items?sku=${variant.sku}`)).inventory_items
  const [{ id: locationId }] = (await adminApi<StockLocations>("/admin/stock-locations")).stock_locations

  try {
    // From the listing's card to the product page's form.
    await page.goto(`/categories/${soldOut.categories[0]}`)
    await page.getByRole("link", { name: `Notify me when ${soldOut.title} is back` }).click()
    await expect(page).toHaveURL(new RegExp(`/products/${soldOut.handle}#back-in-stock$`))
    const form = page.getByRole("form", { name: "Email me when it's back" })
    await form.getByLabel("Your email address").fill("not an address")
    await form.getByRole("button", { name: "Email me when it's back" }).click()
    await expect(form.getByText("Enter a valid email address")).toBeVisible()
    await form.getByLabel("Your email address").fill(email)
    await form.getByRole("button", { name: "Email me when it's back" }).click()
    await expect(page.getByRole("status").filter({ hasText: /check your inbox/i })).toBeVisible()

    // Opening the mail's link confirms nothing (mail scanners open links too); the button does.
    const confirmation = await readOutboxMail(email, new RegExp(`Confirm your alert for ${soldOut.title}`))
    await page.goto(stockAlertLink(confirmation.text, "confirm"))
    await expect(page.getByRole("heading", { name: "Confirm your back-in-stock alert" })).toBeVisible()
    await page.getByRole("button", { name: "Yes, email me when it's back" }).click()
    await expect(page.getByRole("heading", { name: "You're on the list" })).toBeVisible()
    await screenshot(page, "stock-alert-confirmed")

    const before = await adminApi<Demand>("/admin/stock-alerts")
    expect(before.demand.find((row) => row.sku === variant.sku)).toMatchObject({ waiting: 1, pending: 0 })

    // Staff receive stock at the warehouse: the inventory event sends the alert.
    await adminApi(`/admin/inventory-items/${inventoryItemId}/location-levels/${locationId}`, { method: "POST", body: { stocked_quantity: 4 } })
    const alert = await readOutboxMail(email, new RegExp(`Back in stock: ${soldOut.title}`))
    expect(alert.text).toContain(`/products/${soldOut.handle}`)
    const after = await adminApi<Demand>("/admin/stock-alerts")
    expect(after.demand.find((row) => row.sku === variant.sku)).toBeUndefined()

    // The confirmation link now says the alert went out.
    await page.goto(stockAlertLink(confirmation.text, "confirm"))
    await expect(page.getByRole("heading", { name: "We already emailed you" })).toBeVisible()
  } finally {
    // Sold out again, as the other suites expect the seed.
    await adminApi(`/admin/inventory-items/${inventoryItemId}/location-levels/${locationId}`, { method: "POST", body: { stocked_quantity: 0 } })
  }
})

test("an altered back-in-stock link gets a clear page", async ({ page }) => {
  await page.goto("/stock-alerts/confirm?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged")
  await expect(page.getByRole("heading", { name: "This link didn't work" })).toBeVisible()
  await expect(page.getByRole("alert").filter({ hasText: /not valid/i })).toBeVisible()
})
