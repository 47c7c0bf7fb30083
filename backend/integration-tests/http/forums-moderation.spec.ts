import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import type { AdminForum, AdminForumPost, AdminForumThread } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../src/modules/community"
import type CommunityModuleService from "../../src/modules/community/service"
import { eventually } from "../helpers/eventually"

jest.setTimeout(240_000)

const anyStatus = { validateStatus: () => true }
type Headers = Record<string, string>
type Customer = { id: string; email: string; name: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Headers }
    const community = () => getContainer().resolve<CommunityModuleService>(COMMUNITY_MODULE)

    beforeAll(async () => {
      // A staff login of its own: these tests need no demo store.
      const email = "forum-moderator@example.com"
      const password = "forum-moderation-test"
      const { result } = await createUsersWorkflow(getContainer()).run({ input: { users: [{ email }] } })
      const auth = getContainer().resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: result[0].id } })
      const { data } = await api.post("/auth/user/emailpass", { email, password })
      admin = { headers: { authorization: `Bearer ${data.token}` } }
    })

    const get = async (path: string) => api.get(path, { ...admin, ...anyStatus })
    const post = async (path: string, body: Record<string, unknown>) => api.post(path, body, { ...admin, ...anyStatus })

    let counter = 0
    const unique = () => `${++counter}-${Date.now().toString(36)}`

    async function customer(name = "Fern Member"): Promise<Customer> {
      const email = `forum-${unique()}@example.com`
      const [first_name, last_name] = name.split(" ")
      const created = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email, first_name, last_name })
      return { id: created.id, email, name }
    }

    async function forum(name = "Fibromyalgia"): Promise<AdminForum> {
      const { status, data } = await post("/admin/forums", { name: `${name} ${counter}`, handle: `forum-${unique()}`, description: `About ${name}` })
      expect(status).toBe(201)
      return data.forum
    }

    /** A post as the store's workflows would write it: pending until approved. */
    async function writePost(threadId: string, author: Customer, is_first = false) {
      return community().createForumPosts({
        thread_id: threadId,
        is_first,
        customer_id: author.id,
        author_name: author.name,
        email: author.email,
        body: `Post ${unique()}: what helped me with sleep.`,
        client_hash: "test-client",
      })
    }

    /** A thread with its first post; `approved` shows it (numbered) and recounts, as the events would. */
    async function thread(forumId: string, author: Customer, { approved = false } = {}) {
      const t = await community().createForumThreads({
        forum_id: forumId,
        handle: `thread-${unique()}`,
        title: `Magnesium and sleep ${counter}`,
        customer_id: author.id,
        author_name: author.name,
      })
      const first = await writePost(t.id, author, true)
      if (approved) {
        await community().approveForumPost(first.id)
        await community().refreshThreadActivity(t.id)
        await community().refreshForumActivity(forumId)
      }
      return { thread: t, first }
    }

    async function approvedReply(threadId: string, forumId: string, author: Customer) {
      const reply = await writePost(threadId, author)
      await community().approveForumPost(reply.id)
      await community().refreshThreadActivity(threadId)
      await community().refreshForumActivity(forumId)
      return reply
    }

    const report = (postId: string, reporter: Customer, reason: "spam" | "abuse" | "off_topic" = "abuse", note: string | null = null) =>
      community().createForumReports({ post_id: postId, customer_id: reporter.id, reason, note })

    const forumRow = async (id: string) => (await get("/admin/forums")).data.forums.find((f: AdminForum) => f.id === id) as AdminForum
    const queue = async (query = "") => (await get(`/admin/forum-posts${query}`)).data as { posts: AdminForumPost[]; count: number }
    const ids = (posts: { id: string }[]) => posts.map((p) => p.id)

    describe("staff only", () => {
      it("answers 401 without an admin login, for reads and writes", async () => {
        const read = await api.get("/admin/forum-posts", anyStatus)
        expect(read.status).toBe(401)
        const write = await api.post("/admin/forums", { name: "Lyme", handle: "lyme-x" }, anyStatus)
        expect(write.status).toBe(401)
        const ban = await api.post("/admin/forum-bans", { customer_id: "cus_1", reason: "spam links" }, anyStatus)
        expect(ban.status).toBe(401)
      })
    })

    describe("the forum list", () => {
      it("creates, renames, reorders, archives and restores forums; refuses bad input with field errors", async () => {
        const a = await forum("ME/CFS")
        const b = await forum("Lyme disease")
        expect(a).toMatchObject({ thread_count: 0, post_count: 0, archived_at: null, description: "About ME/CFS" })
        expect(b.rank).toBeGreaterThan(a.rank)

        const taken = await post("/admin/forums", { name: "Again", handle: a.handle })
        expect(taken.status).toBe(409)
        const badHandle = await post("/admin/forums", { name: "Bad", handle: "Not A Handle" })
        expect(badHandle.status).toBe(400)
        expect(badHandle.data.fields.handle).toBeDefined()
        // The storefront's own /forums/unfollow page sits where such a forum would be.
        const reserved = await post("/admin/forums", { name: "Unfollow", handle: "unfollow" })
        expect(reserved.status).toBe(400)
        expect(reserved.data.fields.handle).toMatch(/used by the storefront/)
        const unknownField = await post("/admin/forums", { name: "Odd", handle: `odd-${unique()}`, rank: 0 })
        expect(unknownField.status).toBe(400)
        const hostile = await post("/admin/forums", { name: "Lyme\u0000disease", handle: `nul-${unique()}`, description: "a\u0007b" })
        expect(hostile.status).toBe(400)
        expect(Object.keys(hostile.data.fields).sort()).toEqual(["description", "name"])
        const noName = await post("/admin/forums", { name: " ", handle: `noname-${unique()}` })
        expect(noName.status).toBe(400)
        expect(noName.data.fields.name).toBeDefined()

        const renamed = await post(`/admin/forums/${a.id}`, { name: "ME/CFS and Long Covid", description: "Energy, rest, pacing" })
        expect(renamed.status).toBe(200)
        expect(renamed.data.forum).toMatchObject({ name: "ME/CFS and Long Covid", description: "Energy, rest, pacing", handle: a.handle })
        expect((await post(`/admin/forums/${a.id}`, { handle: b.handle })).status).toBe(409)
        expect((await post("/admin/forums/forum_missing", { name: "Nobody" })).status).toBe(404)

        const all = (await get("/admin/forums")).data.forums as AdminForum[]
        const reversed = ids(all).reverse()
        expect((await post("/admin/forums/order", { ids: reversed.slice(1) })).status).toBe(400)
        expect((await post("/admin/forums/order", { ids: [...reversed, reversed[0]] })).status).toBe(400)
        const reordered = await post("/admin/forums/order", { ids: reversed })
        expect(reordered.status).toBe(200)
        expect(ids((await get("/admin/forums")).data.forums)).toEqual(reversed)

        const archived = await post(`/admin/forums/${b.id}`, { archived: true })
        expect(archived.data.forum.archived_at).not.toBeNull()
        // Archived forums stay in the staff list (their threads stay readable).
        expect((await forumRow(b.id)).archived_at).toBe(archived.data.forum.archived_at)
        const restored = await post(`/admin/forums/${b.id}`, { archived: false })
        expect(restored.data.forum.archived_at).toBeNull()
      })
    })

    describe("the moderation queue", () => {
      it("holds pending, hidden and reported posts with their reasons, newest first; filters by status and reports", async () => {
        const f = await forum()
        const ann = await customer("Ann Writer")
        const [r1, r2, r3] = [await customer("Rob One"), await customer("Rae Two"), await customer("Ray Three")]
        const pending = await thread(f.id, ann)
        const live = await thread(f.id, ann, { approved: true })
        const reported = await approvedReply(live.thread.id, f.id, ann)
        await report(reported.id, r1, "off_topic", "Nothing to do with sleep")
        await community().updateForumPosts({ id: reported.id, open_report_count: 1 })
        const hidden = await approvedReply(live.thread.id, f.id, ann)
        for (const reporter of [r1, r2, r3]) {
          await report(hidden.id, reporter, "spam")
        }
        await community().updateForumPosts({ id: hidden.id, status: "hidden", open_report_count: 3 })
        const quiet = await approvedReply(live.thread.id, f.id, ann)
        const rejected = await writePost(live.thread.id, ann)
        await community().updateForumPosts({ id: rejected.id, status: "rejected" })

        const { posts } = await queue(`?thread_id=${live.thread.id}&limit=100`)
        expect(posts.length).toBe(5)
        const waiting = await queue("?limit=100")
        const inQueue = ids(waiting.posts)
        expect(inQueue).toEqual(expect.arrayContaining([pending.first.id, reported.id, hidden.id]))
        expect(inQueue).not.toContain(quiet.id)
        expect(inQueue).not.toContain(rejected.id)
        expect(inQueue).not.toContain(live.first.id)
        // Newest first.
        expect(inQueue.indexOf(hidden.id)).toBeLessThan(inQueue.indexOf(pending.first.id))

        const row = waiting.posts.find((p) => p.id === reported.id)!
        expect(row).toMatchObject({
          status: "approved",
          open_report_count: 1,
          customer_id: ann.id,
          email: ann.email,
          author_name: "Ann Writer",
          thread: { id: live.thread.id, handle: live.thread.handle, title: live.thread.title, forum: { id: f.id, name: f.name } },
        })
        expect(row.reports).toEqual([expect.objectContaining({ customer_id: r1.id, reason: "off_topic", note: "Nothing to do with sleep" })])
        const hiddenRow = waiting.posts.find((p) => p.id === hidden.id)!
        expect(hiddenRow.reports.map((r) => r.reason)).toEqual(["spam", "spam", "spam"])
        expect(waiting.posts.find((p) => p.id === pending.first.id)).toMatchObject({ status: "pending", is_first: true, number: null })

        expect(ids((await queue("?status=hidden&limit=100")).posts)).toContain(hidden.id)
        expect(ids((await queue("?status=hidden&limit=100")).posts)).not.toContain(reported.id)
        expect(ids((await queue("?status=rejected&limit=100")).posts)).toContain(rejected.id)
        const onlyReported = ids((await queue("?reported=true&limit=100")).posts)
        expect(onlyReported).toEqual(expect.arrayContaining([reported.id, hidden.id]))
        expect(onlyReported).not.toContain(pending.first.id)
        const notReported = ids((await queue(`?reported=false&thread_id=${live.thread.id}&limit=100`)).posts)
        expect(notReported).toEqual(expect.arrayContaining([quiet.id, rejected.id, live.first.id]))
        expect(notReported).not.toContain(reported.id)

        expect((await get("/admin/forum-posts?status=deleted")).status).toBe(400)
        expect((await get("/admin/forum-posts?limit=500")).status).toBe(400)
        expect((await get("/admin/forum-posts?sort=evil")).status).toBe(400)
      })

      it("approving a pending first post shows its thread, numbered 1, and counts it in the forum", async () => {
        const f = await forum()
        const ann = await customer()
        const { thread: t, first } = await thread(f.id, ann)

        const approved = await post(`/admin/forum-posts/${first.id}`, { status: "approved" })
        expect(approved.status).toBe(200)
        expect(approved.data.post).toMatchObject({ id: first.id, status: "approved", number: 1 })
        expect((await community().retrieveForumThread(t.id)).status).toBe("approved")
        await eventually(() => forumRow(f.id), (row) => expect(row).toMatchObject({ thread_count: 1, post_count: 1 }))
        expect(ids((await queue("?limit=100")).posts)).not.toContain(first.id)

        // A second decision keeps the number: a post's page never changes.
        await post(`/admin/forum-posts/${first.id}`, { status: "hidden" })
        const again = await post(`/admin/forum-posts/${first.id}`, { status: "approved" })
        expect(again.data.post.number).toBe(1)
        expect((await community().retrieveForumThread(t.id)).last_number).toBe(1)
      })

      it("rejecting a pending first post rejects its thread, which stays out of the counts", async () => {
        const f = await forum()
        const ann = await customer()
        const { thread: t, first } = await thread(f.id, ann)
        const rejected = await post(`/admin/forum-posts/${first.id}`, { status: "rejected" })
        expect(rejected.status).toBe(200)
        expect(rejected.data.post).toMatchObject({ status: "rejected", number: null })
        expect((await community().retrieveForumThread(t.id)).status).toBe("rejected")
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(await forumRow(f.id)).toMatchObject({ thread_count: 0, post_count: 0 })
      })

      it("a decision on a hidden post resolves its reports and shows it again", async () => {
        const f = await forum()
        const ann = await customer()
        const reporters = [await customer(), await customer(), await customer()]
        const live = await thread(f.id, ann, { approved: true })
        const reply = await approvedReply(live.thread.id, f.id, ann)
        for (const reporter of reporters) {
          await report(reply.id, reporter, "abuse")
        }
        await community().updateForumPosts({ id: reply.id, status: "hidden", open_report_count: 3 })
        await community().refreshThreadActivity(live.thread.id)
        expect((await community().retrieveForumThread(live.thread.id)).reply_count).toBe(0)

        const decided = await post(`/admin/forum-posts/${reply.id}`, { status: "approved" })
        expect(decided.status).toBe(200)
        expect(decided.data.post).toMatchObject({ status: "approved", open_report_count: 0, reports: [] })
        const reports = await community().listForumReports({ post_id: reply.id })
        expect(reports.length).toBe(3)
        expect(reports.every((r) => r.resolved_at !== null)).toBe(true)
        expect(ids((await queue("?limit=100")).posts)).not.toContain(reply.id)
        await eventually(
          () => community().retrieveForumThread(live.thread.id),
          (t) => expect(t.reply_count).toBe(1)
        )
      })

      it("moderates many posts at once and refuses unknown statuses and ids", async () => {
        const f = await forum()
        const ann = await customer()
        const live = await thread(f.id, ann, { approved: true })
        const [a, b] = [await writePost(live.thread.id, ann), await writePost(live.thread.id, ann)]
        const batch = await post("/admin/forum-posts/batch", { ids: [a.id, b.id], status: "approved" })
        expect(batch.status).toBe(200)
        expect(batch.data.ids.sort()).toEqual([a.id, b.id].sort())
        const numbers = (await community().listForumPosts({ id: [a.id, b.id] })).map((p) => p.number).sort()
        expect(numbers).toEqual([2, 3])
        await eventually(() => forumRow(f.id), (row) => expect(row).toMatchObject({ thread_count: 1, post_count: 3 }))

        expect((await post("/admin/forum-posts/batch", { ids: [a.id], status: "deleted" })).status).toBe(400)
        expect((await post("/admin/forum-posts/batch", { ids: [], status: "spam" })).status).toBe(400)
        expect((await post(`/admin/forum-posts/${a.id}`, { status: "approved", note: "extra" })).status).toBe(400)
        expect((await post("/admin/forum-posts/fpost_missing", { status: "approved" })).status).toBe(404)
        expect((await post("/admin/forum-posts/%00bad", { status: "approved" })).status).toBe(404)
      })
    })

    describe("threads: pin, lock, move, delete", () => {
      it("pins and locks; pinned threads list first", async () => {
        const f = await forum()
        const ann = await customer()
        const older = await thread(f.id, ann, { approved: true })
        const newer = await thread(f.id, ann, { approved: true })
        const before = (await get(`/admin/forum-threads?forum_id=${f.id}`)).data.threads as AdminForumThread[]
        expect(ids(before)).toEqual([newer.thread.id, older.thread.id])

        const pinned = await post(`/admin/forum-threads/${older.thread.id}`, { pinned: true, locked: true })
        expect(pinned.status).toBe(200)
        expect(pinned.data.thread).toMatchObject({ pinned: true, locked: true, forum: { id: f.id } })
        const after = (await get(`/admin/forum-threads?forum_id=${f.id}`)).data.threads as AdminForumThread[]
        expect(ids(after)).toEqual([older.thread.id, newer.thread.id])
        expect((await community().retrieveForumThread(older.thread.id)).locked).toBe(true)

        const found = (await get(`/admin/forum-threads?forum_id=${f.id}&q=${encodeURIComponent(older.thread.title)}`)).data.threads
        expect(ids(found)).toEqual([older.thread.id])
        expect((await get("/admin/forum-threads?q=%25")).status).toBe(200)
        expect((await get("/admin/forum-threads?q=a%00b")).status).toBe(400)
        expect((await get("/admin/forum-threads?forum_id=x%27%3B")).status).toBe(400)

        const retitled = await post(`/admin/forum-threads/${older.thread.id}`, { title: "  Magnesium glycinate at night  " })
        expect(retitled.data.thread.title).toBe("Magnesium glycinate at night")
        expect((await post(`/admin/forum-threads/${older.thread.id}`, { title: "Bad\u0000title" })).status).toBe(400)
        expect((await post(`/admin/forum-threads/${older.thread.id}`, { title: "abc" })).status).toBe(400)
        expect((await post(`/admin/forum-threads/${older.thread.id}`, { sticky: true })).status).toBe(400)
        expect((await post("/admin/forum-threads/fthr_missing", { pinned: true })).status).toBe(404)
      })

      it("moves a thread to another forum and recounts both", async () => {
        const from = await forum("Fibromyalgia")
        const to = await forum("Supplements")
        const ann = await customer()
        const moving = await thread(from.id, ann, { approved: true })
        await approvedReply(moving.thread.id, from.id, ann)
        await thread(from.id, ann, { approved: true })
        expect(await forumRow(from.id)).toMatchObject({ thread_count: 2, post_count: 3 })

        const moved = await post(`/admin/forum-threads/${moving.thread.id}`, { forum_id: to.id })
        expect(moved.status).toBe(200)
        expect(moved.data.thread.forum.id).toBe(to.id)
        await eventually(() => forumRow(from.id), (row) => expect(row).toMatchObject({ thread_count: 1, post_count: 1 }))
        await eventually(() => forumRow(to.id), (row) => expect(row).toMatchObject({ thread_count: 1, post_count: 2 }))

        expect((await post(`/admin/forum-threads/${moving.thread.id}`, { forum_id: "forum_missing" })).status).toBe(404)
        await post(`/admin/forums/${from.id}`, { archived: true })
        const intoArchived = await post(`/admin/forum-threads/${moving.thread.id}`, { forum_id: from.id })
        expect(intoArchived.status).toBe(400)
        expect(intoArchived.data.message).toMatch(/archived/)
        expect((await community().retrieveForumThread(moving.thread.id)).forum_id).toBe(to.id)
      })

      it("deletes a reply or a thread with a reason, and they leave the counts; the reason is required", async () => {
        const f = await forum()
        const ann = await customer()
        const keep = await thread(f.id, ann, { approved: true })
        const reply = await approvedReply(keep.thread.id, f.id, ann)
        const gone = await thread(f.id, ann, { approved: true })
        await approvedReply(gone.thread.id, f.id, ann)
        expect(await forumRow(f.id)).toMatchObject({ thread_count: 2, post_count: 4 })

        expect((await post(`/admin/forum-posts/${reply.id}/delete`, { reason: " " })).status).toBe(400)
        expect((await post(`/admin/forum-posts/${reply.id}/delete`, {})).status).toBe(400)
        expect((await post(`/admin/forum-posts/${reply.id}/delete`, { reason: "Spam\u0000" })).status).toBe(400)
        const deleted = await post(`/admin/forum-posts/${reply.id}/delete`, { reason: "Personal attack" })
        expect(deleted.status).toBe(200)
        expect(deleted.data).toMatchObject({ id: reply.id, deleted: true, thread_deleted: false })
        const [row] = await community().listForumPosts({ id: reply.id }, { withDeleted: true })
        expect(row).toMatchObject({ delete_reason: "Personal attack" })
        expect(row.deleted_at).not.toBeNull()
        await eventually(() => forumRow(f.id), (r) => expect(r).toMatchObject({ thread_count: 2, post_count: 3 }))
        expect((await community().retrieveForumThread(keep.thread.id)).reply_count).toBe(0)

        // Deleting the opening post deletes the thread.
        const opening = await post(`/admin/forum-posts/${gone.first.id}/delete`, { reason: "Advertising" })
        expect(opening.data).toMatchObject({ deleted: true, thread_deleted: true })
        const [deletedThread] = await community().listForumThreads({ id: gone.thread.id }, { withDeleted: true })
        expect(deletedThread).toMatchObject({ delete_reason: "Advertising" })
        expect(deletedThread.deleted_at).not.toBeNull()
        expect(await community().listForumPosts({ thread_id: gone.thread.id })).toEqual([])
        await eventually(() => forumRow(f.id), (r) => expect(r).toMatchObject({ thread_count: 1, post_count: 1 }))

        const threadDelete = await post(`/admin/forum-threads/${keep.thread.id}/delete`, { reason: "Duplicate of another thread" })
        expect(threadDelete.status).toBe(200)
        await eventually(() => forumRow(f.id), (r) => expect(r).toMatchObject({ thread_count: 0, post_count: 0, last_post_at: null }))
        expect((await post(`/admin/forum-threads/${keep.thread.id}/delete`, { reason: "Again" })).status).toBe(404)
        expect((await post(`/admin/forum-posts/${reply.id}/delete`, { reason: "Again" })).status).toBe(404)
      })
    })

    describe("bans", () => {
      it("bans a customer: their waiting posts go to spam, a second ban is a 409, and unbanning lets them post", async () => {
        const f = await forum()
        const troll = await customer("Tom Troll")
        const other = await customer()
        const theirThread = await thread(f.id, troll)
        const live = await thread(f.id, other, { approved: true })
        const waitingReply = await writePost(live.thread.id, troll)
        const othersWaiting = await writePost(live.thread.id, other)

        expect((await post("/admin/forum-bans", { customer_id: troll.id, reason: "" })).status).toBe(400)
        expect((await post("/admin/forum-bans", { customer_id: "not-a-customer", reason: "Spam links" })).status).toBe(400)
        expect((await post("/admin/forum-bans", { customer_id: "cus_01NOBODY", reason: "Spam links" })).status).toBe(404)

        const banned = await post("/admin/forum-bans", { customer_id: troll.id, reason: "Spam links" })
        expect(banned.status).toBe(201)
        expect(banned.data.ban).toMatchObject({ customer_id: troll.id, reason: "Spam links" })
        expect(banned.data.ban.created_by).toMatch(/^user_/)
        expect(banned.data.spammed.sort()).toEqual([theirThread.first.id, waitingReply.id].sort())
        const posts = await community().listForumPosts({ id: [theirThread.first.id, waitingReply.id, othersWaiting.id] })
        const byId = new Map(posts.map((p) => [p.id, p]))
        expect(byId.get(theirThread.first.id)).toMatchObject({ status: "spam", spam_reason: "banned" })
        expect(byId.get(waitingReply.id)).toMatchObject({ status: "spam", spam_reason: "banned" })
        expect(byId.get(othersWaiting.id)).toMatchObject({ status: "pending" })
        expect((await community().retrieveForumThread(theirThread.thread.id)).status).toBe("spam")
        expect(await community().isBannedFromForums(troll.id)).toBe(true)

        const again = await post("/admin/forum-bans", { customer_id: troll.id, reason: "Still spamming" })
        expect(again.status).toBe(409)
        const list = (await get("/admin/forum-bans")).data
        expect(list.bans.map((b: { customer_id: string }) => b.customer_id)).toContain(troll.id)

        const unbanned = await api.delete(`/admin/forum-bans/${troll.id}`, { ...admin, ...anyStatus })
        expect(unbanned.status).toBe(200)
        expect(await community().isBannedFromForums(troll.id)).toBe(false)
        expect((await api.delete(`/admin/forum-bans/${troll.id}`, { ...admin, ...anyStatus })).status).toBe(404)
        expect((await api.delete("/admin/forum-bans/%00", { ...admin, ...anyStatus })).status).toBe(404)
        // What went to spam stays there; a new ban is possible again.
        expect((await community().retrieveForumPost(waitingReply.id)).status).toBe("spam")
        expect((await post("/admin/forum-bans", { customer_id: troll.id, reason: "Back at it" })).status).toBe(201)
      })
    })
  },
})
