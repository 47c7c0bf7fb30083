import { expect, test } from "@playwright/test"

test("harness serves the storefront", async ({ page }) => {
  await page.goto("/")
  await expect(page).toHaveTitle(/Verdant/)
})
