import { expect, test, type Page } from "@playwright/test"
import { adminApi, screenshot, storeApi } from "./support/store"

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

  await page.reload()
  const comment = page.getByTestId("comment").filter({ hasText: body })
  await expect(comment).toBeVisible()
  await comment.getByText("Reply", { exact: true }).first().click()
  const reply = `Same here, thanks for sharing ${Date.now()}`
  await writeComment(page, page.getByRole("form", { name: "Reply to Rita Reader" }), { name: "Ray Replier", email: "ray@example.com", body: reply })
  await expect(page.getByRole("status").filter({ hasText: "awaiting moderation" }).first()).toBeVisible()
  await approveAll([reply])

  await page.reload()
  const thread = page.getByTestId("comment").filter({ hasText: body })
  await expect(thread.getByTestId("comment").filter({ hasText: reply })).toBeVisible()
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

  // Posted straight to the store API, each from its own client address (the per-client rate limit).
  const bodies: string[] = []
  for (const [index, text] of HOSTILE.entries()) {
    const body = `${text} #${index}`
    const response = await fetch(`${process.env.E2E_BACKEND_URL}/store/articles/${handle}/comments`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": process.env.E2E_PUBLISHABLE_KEY!,
        "x-forwarded-for": `198.51.100.${index + 10}`,
      },
      body: JSON.stringify({ author_name: text.slice(0, 80), email: `hostile${index}@example.com`, body, started_at: Date.now() - 60_000 }),
    })
    expect(response.status).toBe(201)
    bodies.push(body)
  }
  await approveAll(bodies)

  await page.setViewportSize({ width: 375, height: 900 })
  await page.goto(`/news/${handle}`)
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
