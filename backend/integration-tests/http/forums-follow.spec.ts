import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { mailsTo, outboxMails } from "../helpers/autoship"
import { trustLoopbackProxy } from "../helpers/forwarded-clients"
import sendForumDigests from "../../src/jobs/send-forum-digests"
import { COMMUNITY_MODULE } from "../../src/modules/community"
import { ForumEvents } from "../../src/modules/community/forum-events"
import type CommunityModuleService from "../../src/modules/community/service"

jest.setTimeout(180_000)
trustLoopbackProxy()

const DIGEST = "forum-digest"
const anyStatus = { validateStatus: () => true }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Follow digests: who gets a mail when a reply shows, how often, and how a signed link stops them. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string>; validateStatus: () => boolean }
    let forumId: string
    const community = () => getContainer().resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const members = {
      opener: { id: "cus_opener", name: "Maren", email: "opener@example.com" },
      follower: { id: "cus_follower", name: "Tobias", email: "follower@example.com" },
      replier: { id: "cus_replier", name: "Ines", email: "replier@example.com" },
    }
    type Member = (typeof members)[keyof typeof members]

    /** A post shows as a workflow shows it: approved and numbered, then POST_APPROVED told. */
    async function approvedPost(threadId: string, who: Member, body: string, is_first = false) {
      const post = await community().createForumPosts({
        thread_id: threadId,
        customer_id: who.id,
        author_name: who.name,
        email: who.email,
        body,
        is_first,
        client_hash: "test",
      })
      const { number } = await community().approveForumPost(post.id)
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: ForumEvents.POST_APPROVED, data: { id: post.id, thread_id: threadId, number } })
      return number
    }

    async function thread(handle: string) {
      const created = await community().createForumThreads({
        forum_id: forumId,
        handle,
        title: `Pacing on bad days (${handle})`,
        customer_id: members.opener.id,
        author_name: members.opener.name,
      })
      await approvedPost(created.id, members.opener, "How do you all pace on the days after a flare?", true)
      return created
    }

    /** A follow as the store's follow route writes it: from the thread's current last number. */
    async function follow(threadId: string, who: Member) {
      const { last_number } = await community().retrieveForumThread(threadId)
      return community().createForumFollows({ thread_id: threadId, customer_id: who.id, email: who.email, notified_number: last_number })
    }

    /** The digests sent to `to` once subscribers had time to run (and to send too many). */
    async function digestsTo(to: string, count: number) {
      await mailsTo(getContainer(), to, DIGEST, count)
      await sleep(1500)
      return (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template: DIGEST }, { order: { created_at: "ASC" } })) as any[]
    }

    /** Moves a follow's last digest back past the interval, as if the hour had passed. */
    async function anHourLater(followId: string) {
      await community().updateForumFollows({ id: followId, notified_at: new Date(Date.now() - 61 * 60_000) })
    }

    beforeAll(async () => {
      const key = await getContainer().resolve(Modules.API_KEY).createApiKeys({ title: "forums test", type: "publishable", created_by: "test" })
      store = { headers: { "x-publishable-api-key": key.token }, ...anyStatus }
      forumId = (await community().createForums({ handle: "fibromyalgia", name: "Fibromyalgia" })).id
    })

    it("mails a follower at once, holds a second reply for the interval, then the job sends one digest of what was held", async () => {
      const { id: threadId, handle } = await thread("pacing-a1")
      const followed = await follow(threadId, members.follower)
      const own = await follow(threadId, members.replier)

      const first = await approvedPost(threadId, members.replier, "I set a timer: 20 minutes up, 10 down. <b>Not</b> perfect, but it helps.")
      const [mail] = await digestsTo(members.follower.email, 1)
      expect(mail.data).toMatchObject({
        thread_title: "Pacing on bad days (pacing-a1)",
        forum_name: "Fibromyalgia",
        posts: [{ author_name: "Ines", excerpt: "I set a timer: 20 minutes up, 10 down. <b>Not</b> perfect, but it helps." }],
        url: `http://localhost:8000/forums/fibromyalgia/${handle}#post-${first}`,
      })
      expect(mail.data.unfollow_url).toMatch(/^http:\/\/localhost:8000\/forums\/unfollow\?token=[\w.-]+$/)
      // The author hears nothing of their own reply.
      expect(await digestsTo(members.replier.email, 0)).toHaveLength(0)
      // The mail is text: the post's markup is shown, never obeyed.
      const [eml] = await outboxMails(members.follower.email, DIGEST)
      expect(eml.html).toContain("&lt;b&gt;Not&lt;/b&gt;")
      expect(eml.html).not.toContain("<b>Not</b>")
      expect(await community().retrieveForumFollow(followed.id)).toMatchObject({ notified_number: first })

      // Within the hour: nothing at once, and the job leaves it too.
      const second = await approvedPost(threadId, members.opener, "Timers! I had not thought of that.")
      // The opener's answer reaches the replier before their own next reply, so that reply is not in its range.
      await mailsTo(getContainer(), members.replier.email, DIGEST, 1)
      const third = await approvedPost(threadId, members.replier, "Mine lives on the fridge.")
      await sendForumDigests(getContainer())
      expect(await digestsTo(members.follower.email, 2)).toHaveLength(1)

      // The hour passes: the job sends one digest of both held replies, and only once.
      // Two workers run the job at once: the claim lets one of them have it.
      await anHourLater(followed.id)
      await Promise.all([sendForumDigests(getContainer()), sendForumDigests(getContainer())])
      const digests = await digestsTo(members.follower.email, 2)
      expect(digests).toHaveLength(2)
      expect(digests[1].data.posts.map((post: { author_name: string }) => post.author_name)).toEqual(["Maren", "Ines"])
      expect(digests[1].data.url).toMatch(new RegExp(`#post-${second}$`))
      expect(await community().retrieveForumFollow(followed.id)).toMatchObject({ notified_number: third })
      // The replier's own replies took no digest: the opener's answer reached them at once, their own never.
      const replierDigests = await digestsTo(members.replier.email, 1)
      expect(replierDigests).toHaveLength(1)
      expect(replierDigests[0].data.posts).toEqual([{ author_name: "Maren", excerpt: "Timers! I had not thought of that." }])
      expect(await community().retrieveForumFollow(own.id)).toMatchObject({ notified_number: second })
    })

    it("a page of replies goes to the right page, and hidden posts are never mailed", async () => {
      const { id: threadId, handle } = await thread("pacing-b2")
      const followed = await follow(threadId, members.follower)
      // Twenty posts fill page one; the follower caught up with them.
      for (let n = 0; n < 19; n++) {
        await approvedPost(threadId, members.opener, `Note ${n}`)
      }
      await community().updateForumFollows({ id: followed.id, notified_number: 20, notified_at: null })
      const before = (await digestsTo(members.follower.email, 0)).length
      const hidden = await community().createForumPosts({
        thread_id: threadId, customer_id: "cus_other", author_name: "Spammer", email: "x@example.com", body: "buy now", client_hash: "t",
      })
      await community().approveForumPost(hidden.id)
      await community().updateForumPosts({ id: hidden.id, status: "hidden" })
      const shown = await approvedPost(threadId, members.replier, "Page two, hello.")
      const digests = await digestsTo(members.follower.email, before + 1)
      expect(digests).toHaveLength(before + 1)
      const last = digests[digests.length - 1]
      expect(last.data.posts).toEqual([{ author_name: "Ines", excerpt: "Page two, hello." }])
      expect(last.data.url).toBe(`http://localhost:8000/forums/fibromyalgia/${handle}?page=2#post-${shown}`)
    })

    it("an unfollow link stops the follow, answers the same on a second click, and refuses an altered token", async () => {
      const { id: threadId, handle } = await thread("pacing-c3")
      const followed = await follow(threadId, members.follower)
      await approvedPost(threadId, members.replier, "Warm baths before bed help me.")
      const [mail] = await digestsTo(members.follower.email, 1).then((all) => all.filter((m) => m.resource_id === followed.id))
      const token = new URL(mail.data.unfollow_url).searchParams.get("token")!

      const tampered = `${token.slice(0, -3)}${token.slice(-3) === "AAA" ? "BBB" : "AAA"}`
      const refused = await api.post("/store/forum-follows/unsubscribe", { token: tampered }, store)
      expect([refused.status, Object.keys(refused.data.fields ?? {})]).toEqual([400, ["token"]])
      const junk = await api.post("/store/forum-follows/unsubscribe", { token: "not a token at all", extra: 1 }, store)
      expect(junk.status).toBe(400)
      expect(await community().listForumFollows({ id: followed.id })).toHaveLength(1)

      for (let click = 0; click < 2; click++) {
        const { status, data } = await api.post("/store/forum-follows/unsubscribe", { token }, store)
        expect([status, data]).toEqual([200, { following: false, thread: { handle, title: "Pacing on bad days (pacing-c3)" } }])
      }
      expect(await community().listForumFollows({ id: followed.id })).toHaveLength(0)

      // No more mails, even after the interval.
      const sent = (await digestsTo(members.follower.email, 0)).filter((m) => m.resource_id === followed.id).length
      await approvedPost(threadId, members.replier, "And magnesium flakes in the bath.")
      await sendForumDigests(getContainer())
      expect((await digestsTo(members.follower.email, 0)).filter((m) => m.resource_id === followed.id)).toHaveLength(sent)
    })
  },
})
