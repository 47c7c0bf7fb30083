// Forums: hostile bodies, queries, handles and ids to the forum store routes answer 4xx (bodies: 400
// naming the fields), never a 500; markup is stored and answered as text; guests cannot write; thread
// and reply writes are limited per client and per account. Writes are counted before their body is
// read, so each request comes from an address of its own (127.89.x.y) and accounts take turns.
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { it } from "node:test"
import { queryRows } from "../../../scripts/lib/postgres.mjs"
import { storeClient } from "../support/store-client.mjs"

// Per account and per client: ten thread or reply writes in ten minutes (the API's limits).
const WRITES_PER_ACCOUNT = 10
const WRITES_PER_CLIENT = 10

export default function register(store) {
  const { fresh, api, okData, customer, accounts } = storeClient(store, {
    subnet: "127.89",
    emailPrefix: "forums",
    firstName: "Ari",
    writesPerAccount: WRITES_PER_ACCOUNT,
  })

  const post = (words = "Pacing helped me more than anything") => ({
    body: `${words}, notes ${randomBytes(4).toString("hex")}.`,
    started_at: Date.now() - 60_000,
  })
  const thread = () => ({ title: "Pacing on bad days", ...post() })

  /**
   * A forum of this file's own (the admin's forum routes are staff's), and a shown thread in it: its
   * first post approved as a moderator would, in the database.
   */
  let made
  const forumAndThread = () =>
    (made ??= (async () => {
      const handle = `security-forum-${randomBytes(3).toString("hex")}`
      await queryRows(store.databaseUrl, "insert into forum (id, handle, name) values ($1, $2, $3)", [`forum_sec${randomBytes(6).toString("hex")}`, handle, "Security forum"])
      const started = await okData(`/store/forums/${handle}/threads`, { method: "POST", token: await customer("starter"), body: thread() })
      await queryRows(store.databaseUrl, "update forum_post set status = 'approved', number = 1 where id = $1", [started.post.id])
      await queryRows(store.databaseUrl, "update forum_thread set status = 'approved', last_number = 1 where id = $1", [started.thread.id])
      return { forum: handle, thread: started.thread.handle, postId: started.post.id }
    })())

  const assertRefusedWithFields = (answer, what) => {
    assert.equal(answer.status, 400, `${what}: ${answer.status} ${JSON.stringify(answer.data)}`)
    assert.equal(typeof answer.data?.fields, "object", `${what}: no fields in ${JSON.stringify(answer.data)}`)
  }
  const assertRefused = (answer, what) => {
    assert.ok(answer.status >= 400 && answer.status < 500, `${what}: ${answer.status} ${JSON.stringify(answer.data)}`)
  }

  const hostilePostBodies = [
    {},
    [],
    { ...post(), body: "x".repeat(100_000) },
    { ...post(), body: "NUL in the middle \u0000 of a post" },
    { ...post(), body: "escape \u001b[31m red" },
    { ...post(), body: ["an", "array"] },
    { ...post(), body: { $ne: "" } },
    { ...post(), status: "approved" },
    { ...post(), number: 1 },
    { ...post(), customer_id: "cus_someone_else" },
    { ...post(), quote_post_id: "fpost_x'--" },
    { ...post(), quote_post_id: "\u0000" },
    { ...post(), follow: "yes" },
    { ...post(), started_at: "yesterday" },
    '{"body":"a post long enough","__proto__":{"polluted":true}}',
  ]
  const hostileThreadBodies = [
    { ...thread(), title: "\u0000\u0000\u0000\u0000\u0000" },
    { ...thread(), title: "x".repeat(10_000) },
    { ...thread(), title: ["t"] },
    { ...thread(), pinned: true },
    { ...thread(), forum_id: "forum_other" },
  ]

  it("forums: hostile bodies, queries, handles and ids to the forum routes answer 4xx, naming the fields, never 500", async () => {
    const { forum, thread: threadHandle, postId } = await forumAndThread()
    const writer = accounts("hostile")
    for (const body of hostilePostBodies) {
      const answer = await api(`/store/forum-threads/${threadHandle}/posts`, { method: "POST", token: await writer(), body })
      assertRefusedWithFields(answer, `reply ${String(JSON.stringify(body)).slice(0, 80)}`)
    }
    for (const body of [...hostilePostBodies.slice(0, 8), ...hostileThreadBodies]) {
      const answer = await api(`/store/forums/${forum}/threads`, { method: "POST", token: await writer(), body })
      assertRefusedWithFields(answer, `thread ${String(JSON.stringify(body)).slice(0, 80)}`)
    }
    const reader = await customer("reader")
    for (const body of [{}, { reason: "because" }, { reason: "spam", note: "\u0000" }, { reason: "spam", note: "x".repeat(5000) }, { reason: "spam", extra: 1 }]) {
      assertRefusedWithFields(await api(`/store/forum-posts/${postId}/reports`, { method: "POST", token: reader, body }), `report ${JSON.stringify(body).slice(0, 60)}`)
    }

    const hostileHandles = ["%00", "x'%20or%20'1'='1", encodeURIComponent("../../admin"), "x".repeat(2000), "%E0%A4%A", "UPPER"]
    for (const handle of hostileHandles) {
      assertRefused(await api(`/store/forums/${handle}`), `forum ${handle.slice(0, 40)}`)
      assertRefused(await api(`/store/forum-threads/${handle}`), `thread ${handle.slice(0, 40)}`)
      assertRefused(await api(`/store/forums/${handle}/threads`, { method: "POST", token: await writer(), body: thread() }), `start in ${handle.slice(0, 40)}`)
      assertRefused(await api(`/store/forum-threads/${handle}/posts`, { method: "POST", token: await writer(), body: post() }), `reply in ${handle.slice(0, 40)}`)
      assertRefused(await api(`/store/forum-threads/${handle}/follow`, { method: "POST", token: reader }), `follow ${handle.slice(0, 40)}`)
      assertRefused(await api(`/store/forum-posts/${handle}/reports`, { method: "POST", token: reader, body: { reason: "spam" } }), `report ${handle.slice(0, 40)}`)
    }
    for (const query of ["page=0", "page=-1", "page=abc", "page=1e308", "page[$gt]=0", "page=%00", "extra=1", "page=1&page=2"]) {
      assertRefused(await api(`/store/forum-threads/${threadHandle}?${query}`), `thread ?${query}`)
    }
    for (const query of ["limit=-1", "limit=100000", "offset=abc", "offset=%00", "order=id"]) {
      assertRefused(await api(`/store/forums/${forum}?${query}`), `forum ?${query}`)
    }

    // The routes take good input, and markup stays text.
    const markup = `<script>alert(1)</script><a href="javascript:x">x</a> ${randomBytes(3).toString("hex")}`
    const written = await okData(`/store/forum-threads/${threadHandle}/posts`, { method: "POST", token: await writer(), body: { ...post(), body: markup } })
    assert.equal(written.post.body, markup)
    const page = await okData(`/store/forum-threads/${threadHandle}`)
    for (const secret of ["email", "client_hash", "customer_id", "spam_reason", "open_report_count"]) {
      assert.ok(!JSON.stringify(page).includes(`"${secret}"`), `a thread page shows no ${secret}`)
    }
  })

  it("forums: guests cannot start threads, reply, follow or report", async () => {
    const { forum, thread: threadHandle, postId } = await forumAndThread()
    assert.equal((await api(`/store/forums/${forum}/threads`, { method: "POST", body: thread() })).status, 401)
    assert.equal((await api(`/store/forum-threads/${threadHandle}/posts`, { method: "POST", body: post() })).status, 401)
    assert.equal((await api(`/store/forum-threads/${threadHandle}/posts`, { method: "POST", token: "forged.token.value", body: post() })).status, 401)
    assert.equal((await api(`/store/forum-threads/${threadHandle}/follow`, { method: "POST" })).status, 401)
    assert.equal((await api(`/store/forum-posts/${postId}/reports`, { method: "POST", body: { reason: "spam" } })).status, 401)
    // Reading is for everyone.
    assert.equal((await api(`/store/forum-threads/${threadHandle}`)).status, 200)
  })

  it("forums: a client, or an account across clients, writing too much is answered 429 with retry_after", async () => {
    const { forum, thread: threadHandle } = await forumAndThread()
    // One address, accounts taking turns: the client's limit.
    const client = fresh()
    const tokens = [await customer("burst-a"), await customer("burst-b")]
    const statuses = []
    for (let n = 0; n < WRITES_PER_CLIENT; n++) {
      statuses.push((await api(`/store/forum-threads/${threadHandle}/posts`, { from: client, method: "POST", token: tokens[n % 2], body: {} })).status)
    }
    assert.deepEqual([...new Set(statuses)], [400])
    const limited = await api(`/store/forums/${forum}/threads`, { from: client, method: "POST", token: tokens[0], body: thread() })
    assert.equal(limited.status, 429, JSON.stringify(limited.data))
    assert.ok(limited.data.retry_after > 0)
    assert.equal(limited.headers["retry-after"], String(limited.data.retry_after))

    // One account from ever new addresses: ten writes, threads and replies alike, then 429.
    const spreader = await customer("spreader")
    for (let n = 0; n < WRITES_PER_ACCOUNT; n++) {
      const route = n % 2 ? `/store/forum-threads/${threadHandle}/posts` : `/store/forums/${forum}/threads`
      const answer = await api(route, { method: "POST", token: spreader, body: n % 4 === 3 ? {} : n % 2 ? post() : thread() })
      assert.ok([201, 400].includes(answer.status), `write ${n}: ${answer.status} ${JSON.stringify(answer.data)}`)
    }
    const accountLimited = await api(`/store/forum-threads/${threadHandle}/posts`, { method: "POST", token: spreader, body: post() })
    assert.equal(accountLimited.status, 429, JSON.stringify(accountLimited.data))
    assert.equal((await api(`/store/forum-threads/${threadHandle}/posts`, { method: "POST", token: tokens[1], body: post() })).status, 201, "the limit is the account's, not everyone's")
  })
}
