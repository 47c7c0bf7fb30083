// Helpers shared by the browser suites: the seeded catalog, money formatting as the storefront
// shows it, screenshots, admin API calls to check what the backend recorded, and the mail it sent.
import { mkdirSync } from "node:fs"
import { readdir, readFile } from "node:fs/promises"
import { createRequire } from "node:module"
import path from "node:path"
import { expect, type Page } from "@playwright/test"
import { simpleParser, type ParsedMail } from "mailparser"
import type { SeedProduct } from "../../../backend/src/scripts/seed-data/catalog"

// The seed data is a CommonJS module of the backend: required, not imported, from these ESM tests.
const require = createRequire(import.meta.url)
export const { products } = require("../../../backend/src/scripts/seed-data/catalog.ts") as {
  products: SeedProduct[]
}
export const SCREENSHOT_DIR = path.join(import.meta.dirname, "..", "screenshots")

export const usd = (amount: number) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(amount)

export const discounted = (price: number, percentOff: number) => Math.round(price * (100 - percentOff)) / 100

/** Single-variant products in good stock, not on sale, matching a price condition. */
export function plainProducts(predicate: (price: number) => boolean): SeedProduct[] {
  return products.filter(
    (p) => p.variants.length === 1 && !p.deal_percent_off && p.variants[0].stock >= 20 && predicate(p.variants[0].price)
  )
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

export async function adminApi<T>(pathname: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const base = process.env.E2E_BACKEND_URL!
  const login = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@example.com", password: "supplements" }),
  })
  const { token } = await login.json()
  const response = await fetch(`${base}${pathname}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!response.ok) {
    throw new Error(`${pathname} answered ${response.status}: ${await response.text()}`)
  }
  return response.json() as Promise<T>
}

export async function storeApi<T>(pathname: string): Promise<T> {
  const response = await fetch(`${process.env.E2E_BACKEND_URL}${pathname}`, {
    headers: { "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY! },
  })
  if (!response.ok) {
    throw new Error(`${pathname} answered ${response.status}`)
  }
  return response.json() as Promise<T>
}

/** Adds the product's (first) variant from its page and waits for the header count to follow. */
export async function addToCart(page: Page, handle: string, expectedCount: number, quantity = 1) {
  await page.goto(`/products/${handle}`)
  if (quantity !== 1) {
    await page.getByLabel("Quantity", { exact: true }).fill(String(quantity))
  }
  await page.getByRole("button", { name: "Add to cart" }).click()
  await page.getByText("Added to cart").waitFor()
  await page.getByTestId("cart-button").getByText(`Cart (${expectedCount})`).waitFor()
}

export type Shopper = { email: string; first: string; last: string }

/** Creates an account on /account and waits until the header greets the new customer. */
export async function registerCustomer(page: Page, shopper: Shopper, password: string) {
  await page.goto("/account")
  const register = page.getByRole("form", { name: "Create an account" })
  await register.getByLabel("First name").fill(shopper.first)
  await register.getByLabel("Last name").fill(shopper.last)
  await register.getByLabel("Email").fill(shopper.email)
  await register.getByLabel("Password").fill(password)
  await register.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByTestId("account-link")).toContainText(shopper.first)
}

type CheckoutOptions = { fillEmail?: boolean; marketingConsent?: boolean; delivery?: RegExp }

/**
 * Fills the checkout's address and delivery steps, up to the payment step. `delivery` names the shipping
 * option (standard shipping by default; carts with autoship lines are also offered free autoship delivery).
 */
export async function fillAddressAndDelivery(
  page: Page,
  shopper: Shopper,
  { fillEmail = true, marketingConsent = false, delivery = /^Standard Shipping/ }: CheckoutOptions = {}
) {
  await page.goto("/checkout")
  if (fillEmail) {
    await page.getByLabel("Email", { exact: true }).fill(shopper.email)
  }
  if (marketingConsent) {
    await page.getByLabel(/Email me deals and supplement news/).check()
  }
  await page.getByLabel("First name").fill(shopper.first)
  await page.getByLabel("Last name").fill(shopper.last)
  await page.getByLabel("Address", { exact: true }).fill("12 Elm Street")
  await page.getByLabel("City").fill("Columbus")
  await page.getByLabel("State").fill("OH")
  await page.getByLabel("Postal code").fill("43215")
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await page.getByRole("radio", { name: delivery }).check()
  await page.getByRole("button", { name: "Continue to payment" }).click()
}

/** Fills the checkout as far as the confirmation page; returns the order id from the URL. */
export async function checkOut(page: Page, shopper: Shopper, options: CheckoutOptions = {}) {
  await fillAddressAndDelivery(page, shopper, options)
  await page.getByRole("radio", { name: /Pay on delivery/ }).check()
  await page.getByRole("button", { name: "Continue to review" }).click()
  await page.getByRole("button", { name: "Place order" }).click()
  await page.waitForURL(/\/order\/confirmed\//)
  return page.url().split("/order/confirmed/")[1].split(/[?#]/)[0]
}

/**
 * The newest email to `address` in the test store's outbox (the backend writes .eml files there when
 * no SMTP server is configured), parsed; waits for it to arrive.
 */
export async function readOutboxMail(address: string, subject: RegExp): Promise<ParsedMail> {
  const dir = process.env.E2E_OUTBOX_DIR!
  for (let attempt = 0; attempt < 60; attempt++) {
    const files = (await readdir(dir).catch(() => [] as string[])).sort().reverse()
    for (const file of files) {
      const mail = await simpleParser(await readFile(path.join(dir, file)))
      const to = [mail.to ?? []].flat().flatMap((entry) => entry.value.map((a) => a.address))
      if (to.includes(address) && subject.test(mail.subject ?? "")) {
        return mail
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no email "${subject}" to ${address} in ${dir}`)
}

/** A link to one of the storefront's newsletter pages, from an email's text part. */
export function newsletterLink(mail: ParsedMail, page: "confirm" | "preferences" | "unsubscribe"): string {
  const link = mail.text?.match(new RegExp(`https?://\\S+/newsletter/${page}\\?token=[\\w.%-]+`))?.[0]
  if (!link) {
    throw new Error(`no ${page} link in: ${mail.text}`)
  }
  return link
}
