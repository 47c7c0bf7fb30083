import { expect, test, type Browser, type Locator, type Page } from "@playwright/test"
import { adminApi, products, readOutboxMail, registerCustomer, screenshot, storeApi } from "./support/store"

type Forum = { handle: string; name: string; topic_handle: string | null }
type AdminForumPost = { id: string; body: string; status: string }

const HOSTILE = `<script>alert('xss-forum')</script> <img src=x onerror="alert('xss-img')">`
// A product this store sells: its link in a post becomes a small product card.
const product = products[0]

// The later steps read the thread the first one starts.
test.describe.configure({ mode: "serial" })

let forum: Forum
let threadTitle: string
let threadUrl: string
let firstPostBody: string
// Alice stays logged in from her thread to her own later reply.
let alicePage: Page
const alice = { first: "Alice", last: "Starter", email: `forum-alice-${Date.now()}@example.com` }
const bruno = { first: "Bruno", last: "Replier", email: `forum-bruno-${Date.now()}@example.com` }
const PASSWORD = "forums-2026-pass"

/** Forum and thread pages are cached; a moderator's decision reaches them through the backend's events. */
async function reloadUntilVisible(page: Page, target: Locator) {
  await expect(async () => {
    await page.reload()
    await expect(target).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
}

/** The moderation queue's pending post with this text, approved by staff. */
async function approve(body: string) {
  let id: string | undefined
  await expect(async () => {
    const { posts } = await adminApi<{ posts: AdminForumPost[] }>("/admin/forum-posts?status=pending&limit=100")
    id = posts.find((post) => post.body === body)?.id
    expect(id, `pending: ${JSON.stringify(posts.map((p) => [p.status, p.body.slice(0, 60)]))}`).toBeTruthy()
  }).toPass({ timeout: 10_000 })
  await adminApi(`/admin/forum-posts/${id}`, { method: "POST", body: { status: "approved" } })
}

async function customerPage(browser: Browser, shopper: typeof alice): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await registerCustomer(page, shopper, PASSWORD)
  return page
}

test.beforeAll(async () => {
  const { forums } = await storeApi<{ forums: Forum[] }>("/store/forums")
  forum = forums.find((f) => f.topic_handle) ?? forums[0]
  if (!forum) {
    // The seed creates the forums; without them, staff open one.
    await adminApi("/admin/forums", { method: "POST", body: { name: "Pacing & Energy", handle: "pacing-energy", description: "Living within your energy." } })
    forum = { handle: "pacing-energy", name: "Pacing & Energy", topic_handle: null }
  }
})

test("the header leads to the forums, and the index lists each forum with its counts", async ({ page }) => {
  await page.goto("/")
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Forums" }).click()
  await expect(page).toHaveURL(/\/forums$/)
  await expect(page.getByRole("heading", { level: 1, name: "Forums" })).toBeVisible()
  const row = page.getByTestId("forum").filter({ has: page.getByRole("link", { name: forum.name, exact: true }) })
  await expect(row).toContainText(/\d+ threads?/)
  await expect(row).toContainText(/\d+ posts?/)
  const feed = await page.request.get(`/forums/${forum.handle}/rss.xml`)
  expect(feed.status()).toBe(200)
  expect(feed.headers()["content-type"]).toContain("application/rss+xml")
})

test("an article links to the forum of its topic", async ({ page }) => {
  test.skip(!forum.topic_handle, "the forum has no news topic")
  const { articles } = await storeApi<{ articles: { handle: string }[] }>(`/store/articles?topic=${forum.topic_handle}&limit=1`)
  await page.goto(`/news/${articles[0].handle}`)
  await page.getByRole("link", { name: `Discuss in the ${forum.name} forum` }).click()
  await expect(page).toHaveURL(new RegExp(`/forums/${forum.handle}$`))
})

test("a customer starts a thread; it waits for a moderator, then shows once staff approve it", async ({ browser }) => {
  const page = await customerPage(browser, alice)
  await page.goto(`/forums/${forum.handle}`)
  const form = page.getByRole("form", { name: "Start a thread" })
  threadTitle = `Pacing through a flare ${Date.now()}`
  firstPostBody = `What helps you pace on bad days (${Date.now()})? ${HOSTILE}\nSecond line with a link https://example.org/pacing.\nThis helped me: /products/${product.handle}`
  await form.getByLabel("Title").fill(threadTitle)
  await form.getByLabel("Your post").fill(firstPostBody)
  // People take a few seconds to write; faster posts count as a bot's.
  await page.waitForTimeout(3500)
  await form.getByRole("button", { name: "Start thread" }).click()
  await expect(page.getByRole("status").filter({ hasText: "waiting for a moderator" })).toBeVisible()
  await page.reload()
  await expect(page.getByRole("link", { name: threadTitle })).toHaveCount(0)

  await approve(firstPostBody)
  const link = page.getByTestId("thread").getByRole("link", { name: threadTitle })
  await reloadUntilVisible(page, link)
  await link.click()
  await expect(page.getByRole("heading", { level: 1, name: threadTitle })).toBeVisible()
  threadUrl = new URL(page.url()).pathname

  const first = page.locator("#post-1")
  await expect(first.getByTestId("post-body")).toContainText("<script>alert('xss-forum')</script>")
  await expect(first.getByRole("link", { name: "https://example.org/pacing" })).toHaveAttribute("rel", "nofollow ugc noopener")
  await expect(first.getByTestId("post-product")).toContainText(product.title)
  expect(await page.locator("[data-testid=forum-posts] script, [data-testid=post-body] img[src=x]").count()).toBe(0)
  // Starting a thread follows it.
  await expect(page.getByTestId("follow-button")).toHaveAttribute("aria-pressed", "true")
  await screenshot(page, "forums-thread")
  alicePage = page
})

test("a second customer quotes the first post and replies; the first gets the follow email", async ({ browser }) => {
  const page = await customerPage(browser, bruno)
  await page.goto(threadUrl)
  await page.getByRole("button", { name: /^Quote post #1 by/ }).click()
  const form = page.getByRole("form", { name: "Reply to the thread" })
  await expect(form.getByTestId("reply-quote")).toContainText("Quoting #1")
  const reply = `Short walks and long rests, ${Date.now()}.`
  await form.getByLabel("Your reply").fill(reply)
  await page.waitForTimeout(3500)
  await form.getByRole("button", { name: "Post reply" }).click()
  // Bruno's first post waits for a moderator too.
  await expect(page.getByRole("status").filter({ hasText: "waiting for a moderator" })).toBeVisible()
  await approve(reply)

  const second = page.locator("#post-2")
  await reloadUntilVisible(page, second.getByText(reply))
  await expect(second.getByTestId("post-quote")).toContainText("wrote (#1)")
  await expect(second.getByTestId("post-quote").getByRole("link", { name: /wrote \(#1\)/ })).toHaveAttribute("href", `${threadUrl}#post-1`)

  // A report goes to the moderation queue with its reason (one report hides nothing).
  await page.getByRole("button", { name: "Report post #1" }).click()
  const report = page.getByRole("form", { name: "Report post #1" })
  await report.getByLabel("Why should a moderator look at it?").selectOption("off_topic")
  await report.getByRole("button", { name: "Send report" }).click()
  await expect(page.getByRole("status").filter({ hasText: "A moderator will look at this post" })).toBeVisible()
  const { posts } = await adminApi<{ posts: (AdminForumPost & { reports: { reason: string }[] })[] }>("/admin/forum-posts?reported=true&limit=100")
  expect(posts.find((post) => post.body === firstPostBody)?.reports.map((r) => r.reason)).toEqual(["off_topic"])
  await expect(page.locator("#post-1")).toBeVisible()
  await page.context().close()

  const mail = await readOutboxMail(alice.email, /repl|thread|forum/i)
  expect(mail.text ?? "").toContain(threadTitle)
  expect(mail.text ?? "").toMatch(/\/forums\/unfollow\?token=/)
})

test("a member whose first post was approved replies at once and lands on the reply", async () => {
  const page = alicePage
  await page.goto(threadUrl)
  const reply = `Thank you, that helps (${Date.now()}).`
  const form = page.getByRole("form", { name: "Reply to the thread" })
  await form.getByLabel("Your reply").fill(reply)
  await page.waitForTimeout(3500)
  await form.getByRole("button", { name: "Post reply" }).click()
  await expect(page).toHaveURL(new RegExp(`${threadUrl}#post-3$`))
  await expect(page.locator("#post-3")).toContainText(reply)
  await page.context().close()
})

test("a guest reads the thread and is asked to log in to reply", async ({ page }) => {
  await page.goto(threadUrl)
  await expect(page.locator("#post-2")).toBeVisible()
  const login = page.getByRole("link", { name: "Log in to reply" })
  await expect(login).toBeVisible()
  await expect(page.getByRole("form", { name: "Reply to the thread" })).toHaveCount(0)
  await expect(page.getByRole("button", { name: /^Quote post/ })).toHaveCount(0)
  await login.click()
  await expect(page).toHaveURL(/\/account\?next=/)
  expect(new URL(page.url()).searchParams.get("next")).toBe(`${threadUrl}#reply`)

  const posting = (await page.request.get(threadUrl).then((r) => r.text())).includes('"@type":"DiscussionForumPosting"')
  expect(posting).toBe(true)
  const feed = await (await page.request.get(`${threadUrl}/rss.xml`)).text()
  expect(feed).toContain(`#post-3</link>`)
  // Readers' words are HTML-escaped inside the items (feed readers render them as HTML).
  expect(feed).not.toContain("<script>")
  expect(feed).toContain("&lt;script&gt;alert('xss-forum')")
  expect(await (await page.request.get("/sitemap.xml")).text()).toContain(`${threadUrl}</loc>`)
})

test("the thread shows in search", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent(threadTitle)}`)
  await reloadUntilVisible(page, page.getByRole("link", { name: threadTitle }).first())
})

test("staff pin, lock and move the thread: its old address follows it, and it takes no replies", async ({ page }) => {
  const { threads } = await adminApi<{ threads: { id: string }[] }>(`/admin/forum-threads?q=${encodeURIComponent(threadTitle)}`)
  const { forums } = await adminApi<{ forums: { id: string; handle: string; name: string; archived_at?: string | null }[] }>("/admin/forums")
  const target = forums.find((f) => f.handle !== forum.handle && !f.archived_at)!
  await adminApi(`/admin/forum-threads/${threads[0].id}`, { method: "POST", body: { pinned: true, locked: true, forum_id: target.id } })

  const handle = threadUrl.split("/").at(-1)
  const moved = `/forums/${target.handle}/${handle}`
  await expect(async () => {
    await page.goto(threadUrl)
    expect(new URL(page.url()).pathname).toBe(moved)
  }).toPass({ timeout: 30_000 })
  await expect(page.getByTestId("thread-locked")).toBeVisible()
  await expect(page.getByRole("link", { name: "Log in to reply" })).toHaveCount(0)
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText(target.name)

  // Pinned: first in its new forum.
  await page.goto(`/forums/${target.handle}`)
  const first = page.getByTestId("thread").first()
  await reloadUntilVisible(page, first.getByRole("link", { name: threadTitle }))
  await expect(first).toContainText("Pinned")
  await expect(first).toContainText("Locked")
})
