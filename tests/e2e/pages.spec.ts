import { expect, test } from "@playwright/test"
import type { ContactMessage } from "@supplement-store/contract"
import { adminUrl, buildAdmin, signInToAdmin } from "./support/admin"
import { adminApi, readOutboxMail, screenshot } from "./support/store"

const FOOTER_PAGES = [
  { link: "Our Story", path: "/our-story", heading: "Our Story" },
  { link: "Contact Us", path: "/contact", heading: "Contact Us" },
  { link: "Customer Service", path: "/help", heading: "Help & Customer Service" },
  { link: "Guarantee", path: "/guarantee", heading: "Our 90-Day Guarantee" },
  { link: "Affiliate Program", path: "/affiliate-program", heading: "Affiliate Program" },
  { link: "Become a Wholesaler", path: "/wholesale", heading: "Become a Wholesaler" },
  { link: "Vendor Inquiries", path: "/vendor-inquiries", heading: "Vendor Inquiries" },
  { link: "Privacy", path: "/privacy", heading: "Privacy policy" },
  { link: "Terms", path: "/terms", heading: "Terms of Sale and Use" },
]

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(600_000)
  await buildAdmin(testInfo.outputDir)
})

test("the footer links every store page, with the phone and address from store settings", async ({ page }) => {
  await page.goto("/")
  const footer = page.locator("footer")
  await expect(footer.getByTestId("footer-contact")).toContainText("(828) 555-0142")
  await expect(footer.getByTestId("footer-contact")).toContainText("214 Fernleaf Lane")
  for (const { link, path, heading } of FOOTER_PAGES) {
    await page.goto("/")
    await footer.getByRole("link", { name: link, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`${path}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading)
  }
})

test("an FAQ anchor leads to its section", async ({ page }) => {
  await page.goto("/help#returns")
  const returns = page.locator("#returns")
  await expect(returns).toHaveText("Returns")
  await expect(returns).toBeInViewport()
  await expect(page.locator("#can-i-return-an-opened-bottle")).toBeVisible()
  // Markdown links between pages stay inside the store.
  await page.goto("/terms")
  await page.getByTestId("article-body").getByRole("link", { name: "Help" }).first().click()
  await expect(page).toHaveURL(/\/help#shipping$/)
})

test("a contact message is confirmed, acknowledged by mail and lands in the admin inbox", async ({ page }) => {
  const email = `reader-${Date.now()}@example.com`
  await page.goto("/contact")
  const form = page.getByRole("form", { name: "Contact form" })
  await form.getByLabel("Topic").selectOption("product")
  await form.getByLabel("Your name").fill("Rowan Tester")
  await form.getByLabel("Your email address").fill(email)
  await form.getByLabel("Your message").fill("Is the elderberry syrup safe alongside my thyroid medicine?")
  await form.getByRole("button", { name: "Send message" }).click()
  await expect(page.getByTestId("contact-confirmation")).toContainText("your message was sent")
  expect((await readOutboxMail(email, /We received your message/)).text).toContain("elderberry syrup")

  await signInToAdmin(page)
  await page.goto(adminUrl("/contact-messages"))
  await page.getByRole("row").filter({ hasText: email }).click()
  const detail = page.getByTestId("contact-message-detail")
  await expect(detail).toContainText("A product from Rowan Tester")
  await expect(detail).toContainText("thyroid medicine")
  await detail.getByRole("button", { name: "Mark answered" }).click()
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("answered")
  await screenshot(page, "contact-inbox")
})

test("a wholesaler's form asks for its own fields and names the one left empty", async ({ page }) => {
  const email = `buyer-${Date.now()}@example.com`
  await page.goto("/wholesale")
  const form = page.getByRole("form", { name: "Contact form" })
  await form.getByLabel("Your name").fill("Jun Park")
  await form.getByLabel("Your email address").fill(email)
  await form.getByLabel("Company").fill("Mountain Herb Co-op")
  await form.getByLabel("Expected volume (units or $ per month)").fill("About $3,000 a month")
  await form.getByLabel("Your message").fill("We run two shops in Boone and would like to stock your magnesium range.")
  await form.getByRole("button", { name: "Send message" }).click()
  await expect(page.getByText("Enter your tax id or resale certificate number")).toBeVisible()

  await form.getByLabel("Tax id or resale certificate number").fill("NC-RS-7781")
  await form.getByRole("button", { name: "Send message" }).click()
  await expect(page.getByTestId("contact-confirmation")).toBeVisible()

  const { contact_messages } = await adminApi<{ contact_messages: ContactMessage[] }>("/admin/contact-messages?topic=wholesale")
  expect(contact_messages.find((message) => message.email === email)?.details).toEqual({
    company: "Mountain Herb Co-op",
    tax_id: "NC-RS-7781",
    expected_volume: "About $3,000 a month",
  })
})
