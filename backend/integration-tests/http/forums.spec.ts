import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { FORUM_POSTS_PER_PAGE, MAX_FORUM_POST_LENGTH } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../src/modules/community"
import { ForumEvents } from "../../src/modules/community/forum-events"
import type CommunityModuleService from "../../src/modules/community/service"
import { seedAndGetStoreHeaders } from "../helpers/demo-store"
import { eventually } from "../helpers/eventually"
import { trustLoopbackProxy } from "../helpers/forwarded-clients"

jest.setTimeout(300_000)

const anyStatus = { validateStatus: () => true }
const WRITTEN_SLOWLY = Date.now() - 60_000
type Headers = Record<string, string>

trustLoopbackProxy()

let clientCounter = 0
/** A client address of its own (X-Forwarded-For, believed from loopback here), so no test spends another's limits. */
function asNewClient(headers: Headers): Headers {
  clientCounter += 1
  return { ...headers, "x-forwarded-for": `192.0.${Math.floor(clientCounter / 250)}.${(clientCounter % 250) + 1}` }
}

let textCounter = 0
const text = (words = "Magnesium before bed helped my sleep") => `${words}, note ${++textCounter}.`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Headers }
    const community = () => getContainer().resolve<CommunityModuleService>(COMMUNITY_MODULE)

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    let customerCounter = 0
    /** A registered customer, logged in; each request of theirs comes from a client of its own. */
    async function customer(first_name = "Maria", last_name = "Keller") {
      const email = `forum-${++customerCounter}-${Date.now()}@example.com`
      const password = "forums-test-password"
      const client = asNewClient(store.headers)
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password }, { headers: client })
      const { data } = await api.post(
        "/store/customers",
        { email, first_name, last_name },
        { headers: { ...client, authorization: `Bearer ${registered.token}` } }
      )
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password }, { headers: client })
      const auth = { ...store.headers, authorization: `Bearer ${login.token}` }
      return { id: data.customer.id as string, email, get headers() { return asNewClient(auth) } }
    }

    let forumCounter = 0
    async function forum(fields: Record<string, unknown> = {}) {
      forumCounter += 1
      return community().createForums({ handle: `test-forum-${forumCounter}`, name: `Test forum ${forumCounter}`, rank: 100 + forumCounter, ...fields })
    }

    const startThread = (forumHandle: string, headers: Headers, fields: Record<string, unknown> = {}) =>
      api.post(
        `/store/forums/${forumHandle}/threads`,
        { title: "Sleep and magnesium", body: text(), started_at: WRITTEN_SLOWLY, ...fields },
        { headers, ...anyStatus }
      )
    const reply = (threadHandle: string, headers: Headers, fields: Record<string, unknown> = {}) =>
      api.post(`/store/forum-threads/${threadHandle}/posts`, { body: text("Same here"), started_at: WRITTEN_SLOWLY, ...fields }, { headers, ...anyStatus })
    const threadPage = (handle: string, page = 1): Promise<{ status: number; data: any }> => api.get(`/store/forum-threads/${handle}?page=${page}`, { ...store, ...anyStatus })
    const forumPage = async (handle: string) => (await api.get(`/store/forums/${handle}`, store)).data
    const report = (postId: string, headers: Headers, fields: Record<string, unknown> = { reason: "abuse" }) =>
      api.post(`/store/forum-posts/${postId}/reports`, fields, { headers, ...anyStatus })

    /** What a moderator's approval does: show the post (its number) and tell, as the moderation workflow will. */
    async function approve(postId: string) {
      const [post] = await community().listForumPosts({ id: postId }, { select: ["thread_id"] })
      const { number } = await community().approveForumPost(postId)
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({ name: ForumEvents.POST_APPROVED, data: { id: postId, thread_id: post.thread_id, number } })
      return number
    }

    /** A shown thread started by a trusted customer (their first post approved by hand). */
    async function shownThread(forumHandle: string) {
      const author = await customer("Nora", "Lind")
      const started = await startThread(forumHandle, author.headers)
      expect(started.status).toBe(201)
      await approve(started.data.post.id)
      return { author, thread: started.data.thread, post: started.data.post }
    }

    describe("posting rules", () => {
      it("refuses guests; a first thread waits unlisted; once approved it shows and its author's later posts go live", async () => {
        const board = await forum()
        const guest = await startThread(board.handle, asNewClient(store.headers))
        expect(guest.status).toBe(401)

        const maria = await customer("Maria", "Keller")
        const started = await startThread(board.handle, maria.headers, { title: "Brain fog in the afternoon" })
        expect(started.status).toBe(201)
        expect(started.data.thread).toMatchObject({ status: "pending", forum_handle: board.handle, title: "Brain fog in the afternoon" })
        expect(started.data.thread.handle).toMatch(/^brain-fog-in-the-afternoon-[a-z0-9]{6}$/)
        expect(started.data.post.status).toBe("pending")
        expect((await forumPage(board.handle)).count).toBe(0)
        expect((await threadPage(started.data.thread.handle)).status).toBe(404)
        const stored = await community().retrieveForumPost(started.data.post.id)
        expect(stored).toMatchObject({ author_name: "Maria K.", email: maria.email, number: null, is_first: true })

        expect(await approve(started.data.post.id)).toBe(1)
        const listed = await eventually(
          () => forumPage(board.handle),
          (page) => expect(page.forum).toMatchObject({ thread_count: 1, post_count: 1 })
        )
        expect(listed.threads).toEqual([expect.objectContaining({ handle: started.data.thread.handle, author_name: "Maria K.", reply_count: 0, last_number: 1 })])
        expect(listed.forum.last_post).toMatchObject({ id: started.data.post.id, author_name: "Maria K.", thread: { handle: started.data.thread.handle } })
        expect(JSON.stringify(listed)).not.toMatch(/email|client_hash|customer_id|spam_reason/)

        // Trusted now: her reply goes live at once, with the next number.
        const live = await reply(started.data.thread.handle, maria.headers)
        expect(live.status).toBe(201)
        expect(live.data.post).toMatchObject({ status: "approved", number: 2, page: 1 })
        // A new member's reply waits.
        const newcomer = await customer("Ola", "Berg")
        const waiting = await reply(started.data.thread.handle, newcomer.headers)
        expect(waiting.data.post).toMatchObject({ status: "pending", number: null, page: null })

        const page = await eventually(
          () => threadPage(started.data.thread.handle),
          ({ data }) => expect(data.thread).toMatchObject({ reply_count: 1, last_post_author: "Maria K." })
        )
        expect(page.data.posts.map((post: { number: number }) => post.number)).toEqual([1, 2])
        expect(page.data.thread.forum).toEqual({ id: board.id, handle: board.handle, name: board.name })
        expect(JSON.stringify(page.data)).not.toMatch(/email|client_hash|customer_id|spam_reason/)
        await eventually(() => forumPage(board.handle), ({ forum }) => expect(forum).toMatchObject({ thread_count: 1, post_count: 2 }))
      })

      it("trusts a customer whose comment a moderator approved", async () => {
        const board = await forum()
        const commenter = await customer("Cora", "Member")
        await community().createComments({
          article_id: "art_trusted",
          author_name: "Cora Member",
          email: commenter.email,
          body: "An approved comment",
          customer_id: commenter.id,
          client_hash: "x",
          status: "approved",
        })
        const started = await startThread(board.handle, commenter.headers)
        expect(started.data.post.status).toBe("approved")
        expect(started.data.thread.status).toBe("approved")
        expect((await threadPage(started.data.thread.handle)).status).toBe(200)
      })

      it("refuses a locked thread (409), an archived forum (409, still readable) and a banned customer (403)", async () => {
        const board = await forum()
        const { author, thread } = await shownThread(board.handle)

        await community().updateForumThreads({ id: thread.id, locked: true })
        const locked = await reply(thread.handle, author.headers)
        expect(locked.status).toBe(409)
        expect(locked.data.message).toBe("This thread is locked")
        await community().updateForumThreads({ id: thread.id, locked: false })

        await community().updateForums({ id: board.id, archived_at: new Date() })
        const archived = await startThread(board.handle, author.headers)
        expect(archived.status).toBe(409)
        expect(archived.data.message).toMatch(/archived/)
        expect((await reply(thread.handle, author.headers)).status).toBe(409)
        expect((await api.get(`/store/forums/${board.handle}`, { ...store, ...anyStatus })).status).toBe(200)
        expect((await threadPage(thread.handle)).status).toBe(200)
        const index = (await api.get("/store/forums", store)).data.forums
        expect(index.map((f: { handle: string }) => f.handle)).not.toContain(board.handle)

        const open = await forum()
        await community().createForumBans({ customer_id: author.id, reason: "Spamming supplements" })
        const banned = await startThread(open.handle, author.headers)
        expect(banned.status).toBe(403)
        expect(banned.data.message).toMatch(/no longer post/)
        expect(await community().listForumThreads({ forum_id: open.id })).toHaveLength(0)
      })

      it("accepts a quote of a shown post of the same thread only, and shows the quote while it is approved", async () => {
        const board = await forum()
        const { author, thread } = await shownThread(board.handle)
        const other = await shownThread(board.handle)
        const newcomer = await customer("Ivo", "Marsh")
        const pending = await reply(thread.handle, newcomer.headers)

        for (const quote_post_id of [other.post.id, pending.data.post.id, "fpost_missing"]) {
          const refused = await reply(thread.handle, author.headers, { quote_post_id })
          expect(refused.status).toBe(400)
          expect(refused.data.fields).toEqual({ quote_post_id: expect.any(String) })
        }
        const malformed = await reply(thread.handle, author.headers, { quote_post_id: "fpost_1; drop table" })
        expect(malformed.status).toBe(400)
        expect(malformed.data.fields.quote_post_id).toBeDefined()

        const quoted = await reply(thread.handle, author.headers)
        const quoting = await reply(thread.handle, author.headers, { quote_post_id: quoted.data.post.id })
        expect(quoting.status).toBe(201)
        const page = (await threadPage(thread.handle)).data
        const shown = page.posts.find((p: { id: string }) => p.id === quoting.data.post.id)
        expect(shown.quote).toMatchObject({ id: quoted.data.post.id, number: 2, author_name: "Nora L.", body: quoted.data.post.body })

        // A quote shows only while the quoted post does.
        await community().updateForumPosts({ id: quoted.data.post.id, status: "rejected" })
        const after = (await threadPage(thread.handle)).data
        expect(after.posts.find((p: { id: string }) => p.id === quoting.data.post.id).quote).toBeNull()
      })

      it("applies the comment spam rules: duplicates and too many links refused, blocklist and bot signals to spam", async () => {
        const board = await forum()
        const { author, thread } = await shownThread(board.handle)
        const body = text("I take 400 mg of magnesium glycinate")
        expect((await reply(thread.handle, author.headers, { body })).status).toBe(201)
        const duplicate = await reply(thread.handle, author.headers, { body: `  ${body.toUpperCase()}!! ` })
        expect(duplicate.status).toBe(422)
        expect(duplicate.data.fields).toEqual({ body: expect.any(String) })

        const links = await reply(thread.handle, author.headers, { body: "see https://a.example https://b.example https://c.example" })
        expect(links.status).toBe(400)
        expect(links.data.fields).toEqual({ body: expect.stringMatching(/links/) })
        const linkedTitle = await startThread(board.handle, author.headers, { title: "Visit https://spam.example now" })
        expect(linkedTitle.status).toBe(400)
        expect(linkedTitle.data.fields).toEqual({ title: expect.any(String) })

        const blocked = await reply(thread.handle, author.headers, { body: text("Join my crypto giveaway") })
        expect(blocked.data.post.status).toBe("spam")
        const honeypot = await reply(thread.handle, author.headers, { website: "http://bot.example" })
        expect(honeypot.data.post.status).toBe("spam")
        const tooFast = await startThread(board.handle, author.headers, { started_at: Date.now() })
        expect(tooFast.data.thread.status).toBe("spam")
        expect((await community().retrieveForumPost(tooFast.data.post.id)).spam_reason).toMatch(/too fast/)
        expect((await threadPage(tooFast.data.thread.handle)).status).toBe(404)
        const page = (await threadPage(thread.handle)).data
        expect(page.posts.map((p: { status?: string; body: string }) => p.body)).not.toContain(blocked.data.post.body)
      })
    })

    describe("forum pages", () => {
      it("lists threads pinned first, then by last activity, paginated", async () => {
        const board = await forum()
        const oldest = await shownThread(board.handle)
        const middle = await shownThread(board.handle)
        const newest = await shownThread(board.handle)
        const handles = async (query = "") =>
          (await api.get(`/store/forums/${board.handle}${query}`, store)).data.threads.map((t: { handle: string }) => t.handle)
        await eventually(() => handles(), (list) => expect(list).toEqual([newest, middle, oldest].map((t) => t.thread.handle)))

        // A reply makes the oldest thread the most recently active; a pin puts the middle one on top.
        await reply(oldest.thread.handle, oldest.author.headers)
        await community().updateForumThreads({ id: middle.thread.id, pinned: true })
        await eventually(() => handles(), (list) => expect(list).toEqual([middle, oldest, newest].map((t) => t.thread.handle)))
        const second = (await api.get(`/store/forums/${board.handle}?limit=1&offset=1`, store)).data
        expect(second).toMatchObject({ count: 3, limit: 1, offset: 1 })
        expect(second.threads).toEqual([expect.objectContaining({ handle: oldest.thread.handle, pinned: false, reply_count: 1, last_number: 2 })])
        expect((await api.get(`/store/forums/${board.handle}`, store)).data.threads[0].pinned).toBe(true)
      })
    })

    describe("page stability", () => {
      it("keeps a post's number and page; a post approved late gets the next number, on the last page", async () => {
        const board = await forum()
        const { thread } = await shownThread(board.handle)
        const newcomer = await customer("Late", "Comer")
        const late = await reply(thread.handle, newcomer.headers)
        expect(late.data.post.status).toBe("pending")

        // Twenty more shown replies, written straight through the module (the limits allow ten per customer).
        const [row] = await community().listForumThreads({ id: thread.id }, { select: ["id"] })
        for (let i = 0; i < FORUM_POSTS_PER_PAGE; i++) {
          const post = await community().createForumPosts({
            thread_id: row.id,
            customer_id: "cus_filler",
            author_name: "Filler F.",
            email: "filler@example.com",
            body: `Reply ${i}`,
            client_hash: "filler",
          })
          await community().approveForumPost(post.id)
        }
        expect(await approve(late.data.post.id)).toBe(FORUM_POSTS_PER_PAGE + 2)

        const first = await threadPage(thread.handle, 1)
        expect(first.data).toMatchObject({ page: 1, pages: 2 })
        expect(first.data.posts.map((p: { number: number }) => p.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
        const second = await threadPage(thread.handle, 2)
        expect(second.data.posts.map((p: { number: number; id: string }) => [p.number, p.id])).toEqual([
          [21, expect.any(String)],
          [22, late.data.post.id],
        ])
        expect((await threadPage(thread.handle, 3)).status).toBe(404)
        expect((await threadPage(thread.handle, 0)).status).toBe(400)

        await eventually(() => threadPage(thread.handle), ({ data }) => expect(data.thread).toMatchObject({ reply_count: 21, last_number: 22 }))

        // Hiding a post leaves a gap; no other post moves.
        await community().updateForumPosts({ id: first.data.posts[4].id, status: "hidden" })
        const after = await threadPage(thread.handle, 1)
        expect(after.data.posts).toHaveLength(19)
        expect(after.data.posts[4].number).toBe(6)
        expect((await threadPage(thread.handle, 2)).data.posts[1].number).toBe(22)
      })
    })

    describe("reports", () => {
      it("hides a post reported by three customers, counts a customer once and refuses one's own post", async () => {
        const board = await forum()
        const { author, thread } = await shownThread(board.handle)
        const posted = await reply(thread.handle, author.headers)
        const postId = posted.data.post.id

        const own = await report(postId, author.headers)
        expect(own.status).toBe(400)
        expect(own.data.message).toMatch(/own post/)

        const [a, b, c] = [await customer("Rae", "One"), await customer("Sam", "Two"), await customer("Tia", "Three")]
        expect((await report(postId, a.headers, { reason: "spam", note: "Selling pills" })).data).toEqual({ reported: true, hidden: false })
        expect((await report(postId, a.headers, { reason: "abuse" })).data).toEqual({ reported: true, hidden: false })
        expect((await report(postId, b.headers)).data).toEqual({ reported: true, hidden: false })
        expect(await community().retrieveForumPost(postId)).toMatchObject({ open_report_count: 2, status: "approved" })
        expect(await community().listForumReports({ post_id: postId, customer_id: a.id })).toEqual([
          expect.objectContaining({ reason: "spam", note: "Selling pills" }),
        ])

        expect((await report(postId, c.headers)).data).toEqual({ reported: true, hidden: true })
        expect(await community().retrieveForumPost(postId)).toMatchObject({ open_report_count: 3, status: "hidden" })
        const page = await eventually(
          () => threadPage(thread.handle),
          ({ data }) => expect(data.thread.reply_count).toBe(0)
        )
        expect(page.data.posts.map((p: { id: string }) => p.id)).not.toContain(postId)
        // Hidden now: a reader cannot report it again; one who did is answered as before.
        expect((await report(postId, (await customer()).headers)).status).toBe(404)
        expect((await report(postId, a.headers)).data).toEqual({ reported: true, hidden: true })

        expect((await report("fpost_missing", a.headers)).status).toBe(404)
        expect((await report("fpost%00x", a.headers)).status).toBe(404)
        expect((await report(postId, a.headers, { reason: "because" })).status).toBe(400)
        expect((await report(postId, asNewClient(store.headers))).status).toBe(401)
      })
    })

    describe("follows", () => {
      it("follows a started thread by default; follow and unfollow are idempotent and store the email and last number", async () => {
        const board = await forum()
        const { author, thread } = await shownThread(board.handle)
        const follows = () => community().listForumFollows({ thread_id: thread.id })
        expect(await follows()).toEqual([expect.objectContaining({ customer_id: author.id, email: author.email })])

        const reader = await customer("Uma", "Reader")
        const url = `/store/forum-threads/${thread.handle}/follow`
        expect((await api.get(url, { headers: reader.headers })).data).toEqual({ following: false })
        await reply(thread.handle, author.headers)
        expect((await api.post(url, {}, { headers: reader.headers })).data).toEqual({ following: true })
        expect((await api.post(url, {}, { headers: reader.headers })).data).toEqual({ following: true })
        expect((await api.get(url, { headers: reader.headers })).data).toEqual({ following: true })
        const mine = (await follows()).filter((f) => f.customer_id === reader.id)
        expect(mine).toEqual([expect.objectContaining({ email: reader.email, notified_number: 2 })])

        expect((await api.delete(url, { headers: reader.headers })).data).toEqual({ following: false })
        expect((await api.delete(url, { headers: reader.headers })).data).toEqual({ following: false })
        expect((await follows()).map((f) => f.customer_id)).toEqual([author.id])
        expect((await api.get(url, { ...store, ...anyStatus })).status).toBe(401)
        expect((await api.post(`/store/forum-threads/no-such-thread/follow`, {}, { headers: reader.headers, ...anyStatus })).status).toBe(404)

        // A reply with follow:true follows; without it, nothing changes.
        const replier = await customer("Vic", "Replier")
        await reply(thread.handle, replier.headers, { follow: true })
        expect((await follows()).map((f) => f.customer_id)).toContain(replier.id)
        const unfollowedStarter = await startThread(board.handle, replier.headers, { follow: false })
        expect(await community().listForumFollows({ thread_id: unfollowedStarter.data.thread.id })).toHaveLength(0)
      })
    })

    describe("product mentions", () => {
      it("answers the published products the page's posts link to, relative or absolute", async () => {
        const { data } = await api.get("/store/products?limit=2&fields=id,handle,title,thumbnail", store)
        const [one, two] = data.products
        const board = await forum()
        const { author, thread } = await shownThread(board.handle)
        await reply(thread.handle, author.headers, { body: `Try /products/${one.handle} and https://shop.example/products/${two.handle}?x=1` })
        await reply(thread.handle, author.headers, { body: text("Also /products/no-such-product") })
        const page = (await threadPage(thread.handle)).data
        expect(Object.keys(page.products).sort()).toEqual([one.handle, two.handle].sort())
        expect(page.products[one.handle]).toEqual({ id: one.id, handle: one.handle, title: one.title, thumbnail: one.thumbnail ?? null })
      })
    })

    describe("hostile input", () => {
      it("stores markup as text and refuses control characters, over-long text, unknown fields and malformed addresses", async () => {
        const board = await forum()
        const { author, thread } = await shownThread(board.handle)
        const markup = `<script>alert("x")</script><img src=x onerror=alert(1)> & more ${++textCounter}`
        const stored = await reply(thread.handle, author.headers, { body: markup })
        expect(stored.status).toBe(201)
        expect(stored.data.post.body).toBe(markup)
        const page = (await threadPage(thread.handle)).data
        expect(page.posts.at(-1).body).toBe(markup)

        const refusals: [Record<string, unknown>, string][] = [
          [{ body: "nul \u0000 byte" }, "body"],
          [{ body: "bell \u0007" }, "body"],
          [{ body: "x".repeat(MAX_FORUM_POST_LENGTH + 1) }, "body"],
          [{ body: "   " }, "body"],
          [{ body: "fine", admin: true }, ""],
          [{ body: 42 }, "body"],
          [{ body: "fine", follow: "yes" }, "follow"],
        ]
        // The limits count refusals too (ten posts per customer in ten minutes): another writer sends these.
        const writer = await customer("Wes", "Writer")
        for (const [fields, field] of refusals) {
          const refused = await reply(thread.handle, writer.headers, fields)
          expect(refused.status).toBe(400)
          expect(refused.data.type).toBe("invalid_data")
          if (field) expect(refused.data.fields[field]).toBeDefined()
        }
        const titler = await customer("Tess", "Titler")
        const badTitle = await startThread(board.handle, titler.headers, { title: "tab\there title" })
        expect(badTitle.status).toBe(400)
        expect(badTitle.data.fields.title).toBeDefined()
        expect((await startThread(board.handle, titler.headers, { title: "Hi" })).status).toBe(400)

        for (const path of [
          "/store/forums/%00",
          "/store/forums/Bad%20Handle",
          `/store/forum-threads/${"a".repeat(300)}`,
          "/store/forum-threads/x%00y",
          `/store/forum-threads/${thread.handle}?page=abc`,
          `/store/forum-threads/${thread.handle}?page=1&extra=1`,
          `/store/forums/${board.handle}?limit=1000`,
        ]) {
          const { status } = await api.get(path, { ...store, ...anyStatus })
          expect([path, status]).toEqual([path, expect.any(Number)])
          expect(status).toBeGreaterThanOrEqual(400)
          expect(status).toBeLessThan(500)
        }
        expect((await reply("x%00y", author.headers)).status).toBe(404)
        expect((await startThread("no-such-forum", titler.headers)).status).toBe(404)
      })
    })
  },
})
