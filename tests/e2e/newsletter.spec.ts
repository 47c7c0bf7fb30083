import { expect, test } from "@playwright/test"
import { addToCart, adminApi, checkOut, newsletterLink, plainProducts, readOutboxMail, screenshot, storeApi } from "./support/store"

test("a reader signs up in the footer, confirms by email, changes topics, and unsubscribes in one click", async ({ page, request }) => {
  const email = "footer-reader@example.com"
  await page.goto("/news")
  const footer = page.locator("footer").getByRole("form", { name: "Newsletter sign-up" })
  await footer.getByLabel("Lyme Disease").check()
  await footer.getByLabel("Your email address").fill(email)
  await footer.getByRole("button", { name: "Sign up" }).click()
  await expect(footer.getByRole("status")).toHaveText(/check your inbox/i)

  const mail = await readOutboxMail(email, /confirm your newsletter/i)
  expect(mail.text).toContain("Lyme Disease")
  // Opening the link confirms nothing (mail scanners open links too); the button does.
  await page.goto(newsletterLink(mail, "confirm"))
  await expect(page.getByRole("heading", { name: "Confirm your subscription" })).toBeVisible()
  await expect(page.getByText(`For ${email}: Lyme Disease.`)).toBeVisible()
  await page.getByRole("button", { name: "Yes, subscribe me" }).click()
  await expect(page.getByRole("heading", { name: "You're subscribed" })).toBeVisible()
  await expect(page.getByText("You get: Lyme Disease.")).toBeVisible()
  await screenshot(page, "newsletter-confirmed")

  await page.goto(newsletterLink(mail, "preferences"))
  await expect(page.getByText(`For ${email}`)).toBeVisible()
  await page.getByRole("group", { name: "Newsletters you get" }).getByLabel("Deals").check()
  await page.getByRole("button", { name: "Save choices" }).click()
  await expect(page.getByRole("status").filter({ hasText: "saved" })).toBeVisible()
  await page.reload()
  await expect(page.getByText("You get: Lyme Disease, Deals.")).toBeVisible()

  // What a mail client does with List-Unsubscribe + List-Unsubscribe-Post (RFC 8058).
  const oneClick = String(mail.headerLines.find((h) => h.key === "list-unsubscribe")?.line).match(/<(.+)>/)![1]
  const response = await request.post(oneClick, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  })
  expect(response.status()).toBe(200)
  const { subscribers } = await adminApi<{ subscribers: { email: string; status: string }[] }>(
    `/admin/newsletter/subscribers?q=${encodeURIComponent(email)}`
  )
  expect(subscribers.map(({ email, status }) => ({ email, status }))).toEqual([{ email, status: "unsubscribed" }])
  // The unsubscribe ends every link mailed before it: this page's link no longer opens the preferences.
  await page.reload()
  await expect(page.getByText(/This link is no longer valid/)).toBeVisible()
})

test("an expired or altered link gets a clear page, and a GET on the unsubscribe link changes nothing", async ({ page }) => {
  await page.goto("/newsletter/confirm?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged")
  await expect(page.getByRole("heading", { name: "This link didn't work" })).toBeVisible()
  await expect(page.getByRole("alert").filter({ hasText: /not valid/i })).toBeVisible()

  await page.goto("/newsletter/preferences?token=nonsense")
  await expect(page.getByRole("heading", { name: "This link didn't work" })).toBeVisible()

  await page.goto("/newsletter/unsubscribe?token=abc.def.ghi")
  await expect(page).toHaveURL(/\/newsletter\/preferences\?token=abc\.def\.ghi/)
})

test("an article's sign-up form comes with its topic ticked; bad input shows field errors", async ({ page }) => {
  const { articles } = await storeApi<{ articles: { handle: string; topic: { name: string } }[] }>("/store/articles?limit=1")
  await page.goto(`/news/${articles[0].handle}`)
  const form = page.getByRole("region", { name: `Get ${articles[0].topic.name} news by email` }).getByRole("form")
  await expect(form.getByLabel(articles[0].topic.name)).toBeChecked()
  await expect(form.getByLabel("Deals")).not.toBeChecked()

  await form.getByLabel(articles[0].topic.name).uncheck()
  await form.getByLabel("Your email address").fill("not-an-email")
  await form.getByRole("button", { name: "Sign up" }).click()
  await expect(form.getByText("Enter a valid email address")).toBeVisible()
  await expect(form.getByText("Choose at least one newsletter")).toBeVisible()
})

test("checkout: the marketing box starts unticked; ticked, the order mail and a newsletter confirmation follow", async ({ page }) => {
  const email = "consenting-shopper@example.com"
  const [product] = plainProducts((price) => price > 10)
  await addToCart(page, product.handle, 1)
  await page.goto("/checkout")
  await expect(page.getByLabel(/Email me deals and supplement news/)).not.toBeChecked()
  const orderId = await checkOut(page, { email, first: "Nora", last: "News" }, { marketingConsent: true })

  const confirmation = await readOutboxMail(email, /^Order #\d+ confirmed$/)
  expect(confirmation.text).toContain(product.title)
  expect(confirmation.text).toContain("12 Elm Street")
  expect(confirmation.html).toContain(`/order/confirmed/${orderId}`)
  const optIn = await readOutboxMail(email, /confirm your newsletter/i)
  expect(optIn.text).toContain("Supplement News, Deals")
})
