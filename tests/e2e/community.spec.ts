import { expect, test, type Page } from "@playwright/test"
import { adminApi, registerCustomer, screenshot, storeApi } from "./support/store"

type AdminComment = { id: string; body: string; status: string }

const HOSTILE = [
  "<script>alert('xss-script')</script>",
  '<img src=x onerror="alert(\'xss-img\')">',
  '<a href="javascript:alert(\'xss-link\')">click me</a>',
  "</div></section><b>broken <i>markup",
  "W".repeat(320),
  "مرحبا بالعالم — שלום עולם",
  "zero\u200bwidth\u200djoiner\u2060text",
]

async function articleHandle(offset: number) {
  const { articles } = await storeApi<{ articles: { handle: string }[] }>(`/store/articles?limit=1&offset=${offset}`)
  return articles[0].handle
}

async function approveAll(bodies: string[]) {
  const { comments } = await adminApi<{ comments: AdminComment[] }>("/admin/comments?status=pending&limit=100")
  const ids = comments.filter((c) => bodies.includes(c.body)).map((c) => c.id)
  expect(ids.length).toBe(bodies.length)
  await adminApi("/admin/comments/batch", { method: "POST", body: { ids, status: "approved" } })
}

/**
 * Posts comments straight to the store API, each from its own client address (the per-client rate
 * limit) starting at 198.51.100.<firstHost>, and approves them. Answers their bodies. The backend
 * believes those addresses only from the storefront, so these posts carry the storefront's proof.
 */
async function postApprovedComments(handle: string, texts: string[], firstHost: number): Promise<string[]> {
  const bodies: string[] = []
  for (const [index, text] of texts.entries()) {
    const body = `${text} #${index}`
    const response = await fetch(`${process.env.E2E_BACKEND_URL}/store/articles/${handle}/comments`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY!,
        "x-forwarded-for": `198.51.100.${firstHost + index}`,
        "x-storefront-proof": process.env.E2E_STOREFRONT_PROXY_SECRET!,
      },
      body: JSON.stringify({ author_name: text.slice(0, 80), email: `reader${firstHost + index}@example.com`, body, started_at: Date.now() - 60_000 }),
    })
    expect(response.status).toBe(201)
    bodies.push(body)
  }
  await approveAll(bodies)
  return bodies
}

/**
 * Article pages are cached; a moderator's decision reaches them through the backend's event
 * (storefront-revalidate subscriber), a moment after the admin API answered. Reloads until it has.
 */
async function reloadUntilVisible(page: Page, target: ReturnType<Page["getByTestId"]>) {
  await expect(async () => {
    await page.reload()
    await expect(target).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
}

async function writeComment(page: Page, form: ReturnType<Page["getByRole"]>, fields: { name: string; email: string; body: string }) {
  await form.getByLabel("Name").fill(fields.name)
  await form.getByLabel("Email").fill(fields.email)
  await form.getByLabel("Comment").fill(fields.body)
  // People take a few seconds to write; faster submissions count as bots.
  await page.waitForTimeout(3500)
  await form.getByRole("button", { name: "Post comment" }).click()
}

test("a reader comments and replies; once staff approve them both show in the thread", async ({ page }) => {
  const handle = await articleHandle(4)
  await page.goto(`/news/${handle}`)

  const body = `Pacing helped me a lot this winter ${Date.now()}`
  await writeComment(page, page.getByRole("form", { name: "Write a comment" }), { name: "Rita Reader", email: "rita@example.com", body })
  await expect(page.getByRole("status").filter({ hasText: "awaiting moderation" })).toBeVisible()
  await approveAll([body])

  const comment = page.getByTestId("comment").filter({ hasText: body })
  await reloadUntilVisible(page, comment)
  await comment.getByText("Reply", { exact: true }).first().click()
  const reply = `Same here, thanks for sharing ${Date.now()}`
  await writeComment(page, page.getByRole("form", { name: "Reply to Rita Reader" }), { name: "Ray Replier", email: "ray@example.com", body: reply })
  await expect(page.getByRole("status").filter({ hasText: "awaiting moderation" }).first()).toBeVisible()
  await approveAll([reply])

  const thread = page.getByTestId("comment").filter({ hasText: body })
  await reloadUntilVisible(page, thread.getByTestId("comment").filter({ hasText: reply }))
  await expect(page.locator("#comments-heading")).toContainText("2")
  await screenshot(page, "comments")
})

test("hostile names and comments show as their own text and never run", async ({ page }) => {
  const handle = await articleHandle(5)
  const dialogs: string[] = []
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })

  const bodies = await postApprovedComments(handle, HOSTILE, 10)

  await page.setViewportSize({ width: 375, height: 900 })
  await page.goto(`/news/${handle}`)
  await reloadUntilVisible(page, page.getByTestId("comment").filter({ hasText: bodies[bodies.length - 1] }))
  for (const body of bodies) {
    await expect(page.getByTestId("comment").filter({ hasText: body })).toHaveCount(1)
  }
  await expect(page.getByText("<script>alert('xss-script')</script> #0")).toBeVisible()
  expect(await page.locator("#comments script, #comments img, #comments a[href^='javascript']").count()).toBe(0)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  await page.waitForTimeout(500)
  expect(dialogs).toEqual([])
  await screenshot(page, "comments-hostile")
})

test("bad comment input shows field errors", async ({ page }) => {
  const handle = await articleHandle(6)
  await page.goto(`/news/${handle}`)
  const form = page.getByRole("form", { name: "Write a comment" })
  await writeComment(page, form, { name: "Bea", email: "not-an-email", body: "Hello" })
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true")
  await expect(form.getByText(/valid email/i)).toBeVisible()
})

test("the backend's refusal of a comment shows beside the field it names, in its words", async ({ page }) => {
  const handle = await articleHandle(6)
  await page.goto(`/news/${handle}`)
  const form = page.getByRole("form", { name: "Write a comment" })
  // Only the backend knows the link rule: the storefront's schema lets this through.
  await writeComment(page, form, { name: "Bea", email: "bea@example.com", body: "See http://a.example and http://b.example and www.c.example" })
  await expect(form.getByLabel("Comment")).toHaveAttribute("aria-invalid", "true")
  await expect(form.getByText("A comment may contain at most 2 links")).toBeVisible()
  await expect(form.getByLabel("Email")).not.toHaveAttribute("aria-invalid", "true")
})

test("a visitor votes once; a second vote takes it back", async ({ page }) => {
  const handle = await articleHandle(7)
  await page.goto(`/news/${handle}`)
  const vote = page.getByRole("button", { name: /Vote for this article/ })
  await expect(vote).toHaveAttribute("aria-pressed", "false")
  await vote.click()
  await expect(vote).toHaveAttribute("aria-pressed", "true")
  await expect(page.locator("#article-engagement")).toHaveAttribute("data-votes", "1")
  await page.reload()
  await expect(page.getByRole("button", { name: /Vote for this article/ })).toHaveAttribute("aria-pressed", "true")
  await page.getByRole("button", { name: /Vote for this article/ }).click()
  await expect(page.locator("#article-engagement")).toHaveAttribute("data-votes", "0")
})

test("article pages come from the cache; a customer's own vote and name are filled in by the browser", async ({ page }) => {
  const handle = await articleHandle(8)
  await registerCustomer(page, { first: "Cleo", last: "Commenter", email: `cleo-${Date.now()}@example.com` }, "comments-2026")

  await page.goto(`/news/${handle}`)
  const form = page.getByRole("form", { name: "Write a comment" })
  await expect(form.getByTestId("commenting-as")).toHaveText("Commenting as Cleo Commenter")
  await expect(form.getByLabel("Email")).toHaveCount(0)
  const vote = page.getByRole("button", { name: /Vote for this article/ })
  await vote.click()
  await expect(vote).toHaveAttribute("aria-pressed", "true")
  await page.reload()
  await expect(page.getByRole("button", { name: /Vote for this article/ })).toHaveAttribute("aria-pressed", "true")

  // The same address, asked with the customer's cookies: the shared cached page, nothing of theirs in it.
  const cached = await page.request.get(`/news/${handle}`)
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT")
  const html = await cached.text()
  expect(html).toContain('data-testid="comment-form"')
  expect(html).not.toContain("Cleo")
  expect(html).toContain('aria-pressed="false"')
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("a reader loads more comments and votes on the cached page", async ({ page }) => {
    const handle = await articleHandle(9)
    const texts = Array.from({ length: 21 }, (_, index) => `Week ${index + 1} of the protocol went fine`)
    const bodies = await postApprovedComments(handle, texts, 30)

    await page.goto(`/news/${handle}`)
    await reloadUntilVisible(page, page.getByTestId("comment").filter({ hasText: bodies[0] }))
    await expect(page.getByTestId("comment")).toHaveCount(20)
    await page.getByTestId("load-more-comments").click()
    await expect(page).toHaveURL(/[?]comments_page=2/)
    await expect(page.getByTestId("comment")).toHaveCount(21)
    await expect(page.getByTestId("comment").filter({ hasText: bodies[20] })).toBeVisible()

    await page.getByRole("button", { name: /Vote for this article/ }).click()
    await expect(page.getByRole("button", { name: /Vote for this article/ })).toHaveAttribute("aria-pressed", "true")
    await expect(page.locator("#article-engagement")).toHaveAttribute("data-votes", "1")
  })
})
