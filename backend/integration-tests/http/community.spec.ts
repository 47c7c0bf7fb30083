import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { CreateCommentBody, fieldErrorsOf } from "@supplement-store/contract"
import { adminHeaders, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { trustLoopbackProxy } from "../helpers/forwarded-clients"
import { articles } from "../../src/scripts/seed-data/articles"
import { COMMUNITY_MODULE } from "../../src/modules/community"
import type CommunityModuleService from "../../src/modules/community/service"

jest.setTimeout(180_000)

const anyStatus = { validateStatus: () => true }
const [article, otherArticle] = articles.filter((a) => a.status === "published")
const WRITTEN_SLOWLY = Date.now() - 60_000

trustLoopbackProxy()

let clientCounter = 0
/** The app believes X-Forwarded-For from loopback here, so each test can speak as its own client address. */
function asNewClient(headers: Record<string, string>) {
  clientCounter += 1
  return { headers: { ...headers, "x-forwarded-for": `203.0.113.${clientCounter}` }, ...anyStatus }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    const comment = (fields: Record<string, unknown>) => ({
      author_name: "Ada Reader",
      email: "ada@example.com",
      body: `A thoughtful comment ${Math.random()}`,
      started_at: WRITTEN_SLOWLY,
      ...fields,
    })
    const post = (body: Record<string, unknown>, client = asNewClient(store.headers), handle = article.handle) =>
      api.post(`/store/articles/${handle}/comments`, body, client)
    const thread = async (handle = article.handle, query = "") =>
      (await api.get(`/store/articles/${handle}/comments${query}`, store)).data
    const moderate = async (id: string, status: string) =>
      api.post(`/admin/comments/${id}`, { status }, { ...(await adminHeaders(api)), ...anyStatus })

    async function customer(email: string) {
      const password = "community-test"
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "Cora", last_name: "Member" }, {
        headers: { ...store.headers, authorization: `Bearer ${registered.token}` },
      })
      const { data } = await api.post("/auth/customer/emailpass", { email, password })
      return { ...store.headers, authorization: `Bearer ${data.token}` }
    }

    describe("posting and the first-comment rule", () => {
      it("a guest's comment waits as pending and stays out of the thread until approved", async () => {
        const { status, data } = await post(comment({}))
        expect(status).toBe(201)
        expect(data.comment).toMatchObject({ status: "pending", author_name: "Ada Reader" })
        expect(data.comment.email).toBeUndefined()
        expect((await thread()).count).toBe(0)

        expect((await moderate(data.comment.id, "approved")).status).toBe(200)
        const after = await thread()
        expect(after.count).toBe(1)
        expect(after.comments[0]).toEqual(expect.objectContaining({ id: data.comment.id, replies: [] }))
        expect(after.comments[0].email).toBeUndefined()
      })

      it("a customer with an earlier approved comment is approved at once; name and email come from the account", async () => {
        const headers = await customer("cora@example.com")
        const first = await post({ body: "My first comment here.", started_at: WRITTEN_SLOWLY }, asNewClient(headers))
        expect(first.data.comment).toMatchObject({ status: "pending", author_name: "Cora Member" })
        await moderate(first.data.comment.id, "approved")

        const second = await post({ body: "And a second one.", started_at: WRITTEN_SLOWLY }, asNewClient(headers))
        expect(second.data.comment.status).toBe("approved")
      })
    })

    describe("threading and pagination", () => {
      it("nests replies under their parent, oldest first, and paginates top-level comments", async () => {
        const roots = []
        for (let i = 0; i < 3; i++) {
          const { data } = await post(comment({ body: `Root ${i}` }))
          await moderate(data.comment.id, "approved")
          roots.push(data.comment.id)
        }
        const { data: reply } = await post(comment({ body: "A reply", parent_id: roots[0] }))
        await moderate(reply.comment.id, "approved")
        const { data: nested } = await post(comment({ body: "A reply to the reply", parent_id: reply.comment.id }))
        await moderate(nested.comment.id, "approved")

        const page1 = await thread(article.handle, "?limit=2")
        expect(page1).toMatchObject({ count: 3, total: 5, limit: 2, offset: 0 })
        expect(page1.comments.map((c: { body: string }) => c.body)).toEqual(["Root 0", "Root 1"])
        expect(page1.comments[0].replies[0].body).toBe("A reply")
        expect(page1.comments[0].replies[0].replies[0].body).toBe("A reply to the reply")

        const page2 = await thread(article.handle, "?limit=2&offset=2")
        expect(page2.comments.map((c: { body: string }) => c.body)).toEqual(["Root 2"])
      })
    })

    describe("validation", () => {
      it("answers every bad input with 400 and a message naming the field", async () => {
        const { data: other } = await post(comment({}), asNewClient(store.headers), otherArticle.handle)
        await moderate(other.comment.id, "approved")

        const cases: [Record<string, unknown>, RegExp][] = [
          [comment({ body: "" }), /body/],
          [comment({ body: "   " }), /body/],
          [comment({ body: "x".repeat(5001) }), /body/],
          [comment({ email: "not-an-email" }), /email/],
          [comment({ author_name: "" }), /author_name/],
          [comment({ author_name: undefined, email: undefined }), /author_name/],
          [comment({ parent_id: "cmt_unknown" }), /parent_id: The comment you reply to was not found/],
          [comment({ parent_id: other.comment.id }), /parent_id: You can only reply to a comment on the same article/],
          [comment({ extra: "field" }), /extra/],
        ]
        for (const [body, message] of cases) {
          const { status, data } = await post(body)
          expect({ body: JSON.stringify(body).slice(0, 80), status }).toEqual({ body: JSON.stringify(body).slice(0, 80), status: 400 })
          expect(data.message).toMatch(message)
        }
        const unknownArticle = await post(comment({}), asNewClient(store.headers), "no-such-article")
        expect(unknownArticle.status).toBe(404)
      })

      it("names each refused field in `fields`, in the contract's words (what the storefront's form shows)", async () => {
        const cases: [Record<string, unknown>, Record<string, string>][] = [
          [comment({ body: "   " }), { body: "Write a comment" }],
          [comment({ email: "not-an-email" }), { email: "Enter a valid email address" }],
          [comment({ author_name: "x".repeat(81), body: "" }), { author_name: "Your name may be at most 80 characters", body: "Write a comment" }],
          [comment({ author_name: undefined, email: undefined }), { author_name: "Enter your name" }],
          [comment({ parent_id: "cmt_unknown" }), { parent_id: "The comment you reply to was not found" }],
          [comment({ body: "see http://a.example http://b.example www.c.example" }), { body: "A comment may contain at most 2 links" }],
        ]
        for (const [body, fields] of cases) {
          const { status, data } = await post(body)
          expect({ status, data }).toEqual({ status: 400, data: { type: "invalid_data", message: expect.any(String), fields } })
          const parsed = CreateCommentBody.safeParse(body)
          // What the schema itself refuses, the storefront refuses before sending, in the same words.
          if (!parsed.success) {
            expect(fieldErrorsOf(parsed.error)).toEqual(fields)
          }
        }
      })
    })

    describe("spam and abuse defence", () => {
      it("sends honeypot and too-fast comments to spam", async () => {
        const honeypot = await post(comment({ website: "http://bot.example" }))
        expect(honeypot.data.comment.status).toBe("spam")
        const tooFast = await post(comment({ started_at: Date.now() - 500 }))
        expect(tooFast.data.comment.status).toBe("spam")
      })

      it("refuses more than two links", async () => {
        const { status, data } = await post(comment({ body: "see http://a.example http://b.example www.c.example" }))
        expect(status).toBe(400)
        expect(data.message).toMatch(/at most 2 links/)
        const two = await post(comment({ body: "see http://a.example and http://b.example" }))
        expect(two.status).toBe(201)
      })

      it("refuses the same text twice from one client or email", async () => {
        const client = asNewClient(store.headers)
        expect((await post(comment({ body: "Same words here" }), client)).status).toBe(201)
        const again = await post(comment({ body: "same   WORDS here!", email: "other@example.com" }), client)
        expect(again.status).toBe(422)
        expect(again.data.message).toMatch(/already posted/)
        const sameEmail = await post(comment({ body: "Same words here" }))
        expect(sameEmail.status).toBe(422)
      })

      it("sends comments with blocklisted words to spam", async () => {
        const { data } = await post(comment({ body: "Win big at our CASINO tonight" }))
        expect(data.comment.status).toBe("spam")
        const innocent = await post(comment({ body: "Occasionally I take magnesium" }))
        expect(innocent.data.comment.status).toBe("pending")
      })

      it("answers 429 with Retry-After after five comments from one client", async () => {
        const client = asNewClient(store.headers)
        for (let i = 0; i < 5; i++) {
          expect((await post(comment({}), client)).status).toBe(201)
        }
        const limited = await post(comment({}), client)
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expect(limited.data.message).toMatch(/Try again in \d+ seconds/)
        expect((await post(comment({}))).status).toBe(201)
      })
    })

    describe("votes", () => {
      it("counts one vote per visitor, toggles it off on a second call, and refuses forged tokens", async () => {
        const url = `/store/articles/${article.handle}/votes`
        const client = asNewClient(store.headers)
        const first = await api.post(url, {}, client)
        expect(first.data).toMatchObject({ votes: 1, voted: true })
        const token = first.data.visitor_token
        const asVisitor = { headers: { ...client.headers, "x-visitor-token": token } }

        expect((await api.get(url, asVisitor)).data).toEqual({ votes: 1, voted: true })
        expect((await api.post(url, {}, asVisitor)).data).toMatchObject({ votes: 0, voted: false })
        expect((await api.post(url, {}, asVisitor)).data).toMatchObject({ votes: 1, voted: true })

        // A forged token is no token: from the same client that is no second vote; from another, a new visitor's.
        const forgedToken = { "x-visitor-token": `${token.split(".")[0]}.forged` }
        const again = await api.post(url, {}, { ...client, headers: { ...client.headers, ...forgedToken } })
        expect(again.status).toBe(409)
        const forged = await api.post(url, {}, asNewClient({ ...store.headers, ...forgedToken }))
        expect(forged.data).toMatchObject({ votes: 2, voted: true })
        expect(forged.data.visitor_token).not.toBe(token)

        const customerHeaders = await customer("voter@example.com")
        expect((await api.post(url, {}, { headers: customerHeaders })).data).toMatchObject({ votes: 3, voted: true })
        expect((await api.post(url, {}, { headers: customerHeaders })).data).toMatchObject({ votes: 2, voted: false })
      })

      it("tells a double click from a second visitor vote of the same client by the database's answer", async () => {
        const { data } = await api.get(`/store/articles/${otherArticle.handle}`, store)
        const community: CommunityModuleService = getContainer().resolve(COMMUNITY_MODULE)
        const vote = { article_id: data.article.id, voter_key: "visitor:double-click", client_hash: "client-of-the-day" }

        const id = await community.addVote(vote)
        expect(id).toMatch(/^vote_/)
        // The same voter again: the vote is there either way, nothing is added.
        expect(await community.addVote(vote)).toBeNull()
        // The same client under another token: refused.
        await expect(community.addVote({ ...vote, voter_key: "visitor:another-token" })).rejects.toMatchObject({
          type: "conflict",
        })
        expect(await community.listVotes({ article_id: data.article.id })).toHaveLength(1)
        await community.deleteVotes(id!)
      })
    })

    describe("moderation", () => {
      it("lists the queue pending first, moderates in bulk, and counts follow", async () => {
        const ids = []
        for (let i = 0; i < 3; i++) {
          ids.push((await post(comment({ body: `Queue ${i}` }))).data.comment.id)
        }
        const admin = await adminHeaders(api)
        const { data: queue } = await api.get("/admin/comments?status=pending", admin)
        expect(queue.comments.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(ids))
        expect(queue.comments[0].article.handle).toBe(article.handle)
        expect(queue.comments[0].email).toEqual(expect.any(String))

        await api.post("/admin/comments/batch", { ids: ids.slice(0, 2), status: "approved" }, admin)
        expect((await thread()).count).toBe(2)
        await api.post(`/admin/comments/${ids[0]}`, { status: "rejected" }, admin)
        expect((await thread()).count).toBe(1)

        const bad = await api.post(`/admin/comments/${ids[2]}`, { status: "deleted" }, { ...admin, ...anyStatus })
        expect(bad.status).toBe(400)
        const unknown = await api.post("/admin/comments/cmt_nope", { status: "approved" }, { ...admin, ...anyStatus })
        expect(unknown.status).toBe(404)
      })

      it("emails the parent's author when a reply is approved, if they asked", async () => {
        const { data: parent } = await post(comment({ email: "asker@example.com", notify_on_reply: true }))
        await moderate(parent.comment.id, "approved")
        const { data: reply } = await post(comment({ email: "answer@example.com", parent_id: parent.comment.id }))
        await moderate(reply.comment.id, "approved")

        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        let sent: unknown[] = []
        for (let attempt = 0; attempt < 40 && !sent.length; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 250))
          sent = await notifications.listNotifications({ to: "asker@example.com", template: "comment-reply" })
        }
        expect(sent).toHaveLength(1)
      })
    })
  },
})
