// Who the client is: forged addresses, vote stuffing, view inflation, one shared bucket for every
// reader, and unthrottled accounts (findings 1, 2, 3, 5 and 6 of the trust review). Each case plays
// its own clients from its own loopback addresses (see ../support.mjs), so no case spends another's limits.
import assert from "node:assert/strict"
import { readdir, readFile } from "node:fs/promises"
import path from "node:path"
import { setTimeout as delay } from "node:timers/promises"
import { it } from "node:test"
import { json, request } from "../support/client.mjs"

export default function register(store) {
  const backend = (from, pathname, { headers, ...init } = {}) =>
    request(`${store.backendUrl}${pathname}`, { from, ...init, headers: { "x-publishable-api-key": store.publishableKey, ...headers } })
  const storefront = (from, pathname, init = {}) => request(`${store.storefrontUrl}${pathname}`, { from, ...init })

  /** A published article's handle; each case takes its own, so vote and view counts are its own. */
  async function article(offset) {
    const { articles } = json(await backend("127.0.1.254", `/store/articles?limit=1&offset=${offset}`))
    return articles[0].handle
  }
  const voteCount = async (handle) => json(await backend("127.0.1.254", `/store/articles/${handle}/votes`)).votes
  const vote = (from, handle, headers = {}) => backend(from, `/store/articles/${handle}/votes`, { method: "POST", headers })

  it("1. a client talking straight to the backend cannot choose its address with X-Forwarded-For", async () => {
    const handle = await article(0)
    const statuses = []
    for (let i = 1; i <= 40; i++) {
      statuses.push((await vote("127.0.1.1", handle, { "x-forwarded-for": `203.0.113.${i}` })).status)
    }
    assert.ok(statuses.includes(429), `40 votes with 40 invented X-Forwarded-For values all got through: ${statuses.join(" ")}`)
  })

  it("2. one client adds one vote, whether it drops its visitor token or brings another", async () => {
    const handle = await article(1)
    const before = await voteCount(handle)
    for (let i = 0; i < 6; i++) {
      await vote("127.0.1.2", handle)
    }
    // A token the backend really signed, handed to another client for its own vote elsewhere.
    const { visitor_token: token } = json(await vote("127.0.1.3", await article(2)))
    assert.ok(token, "a first vote hands out a visitor token")
    await vote("127.0.1.2", handle, { "x-visitor-token": token })
    assert.equal(await voteCount(handle), before + 1, "token-less and other-token votes from one client each counted")
  })

  it("3. rotating the user agent adds one view", async () => {
    const handle = await article(3)
    const counted = []
    for (let i = 0; i < 5; i++) {
      const answer = await backend("127.0.1.4", `/store/articles/${handle}/views`, { method: "POST", headers: { "user-agent": `agent/${i}` } })
      counted.push(json(answer)?.counted)
    }
    assert.deepEqual(counted, [true, false, false, false, false])
  })

  it("3. the storefront's views route refuses posts from another site", async () => {
    const handle = await article(3)
    const views = (origin) => storefront("127.0.1.5", `/api/news/views/${handle}`, { method: "POST", headers: { origin } })
    assert.equal((await views("https://evil.example")).status, 403)
    const own = await views(store.storefrontUrl)
    assert.ok([200, 201].includes(own.status), `a post from the storefront's own pages answered ${own.status}`)
  })

  it("5. readers behind the storefront have their own limits: one hammering a link page locks out only itself", async () => {
    const page = "/newsletter/preferences?token=a.b.c"
    let hammered
    for (let i = 1; i <= 35; i++) {
      // Invented X-Forwarded-For values change nothing: this reader talks to the storefront directly.
      hammered = await storefront("127.0.1.6", page, { headers: { "x-forwarded-for": `198.51.100.${i}` } })
    }
    assert.doesNotMatch(hammered.text, /This link didn.{1,6}t work/, "35 page loads from one reader never met a limit")
    const other = await storefront("127.0.1.7", page)
    assert.equal(other.status, 200)
    assert.match(other.text, /This link didn.{1,6}t work/, "another reader was locked out by the first one's requests")
  })

  it("6. the 11th login attempt for one email, customer or admin, gets 429 with Retry-After", async () => {
    for (const actor of ["customer", "user"]) {
      const email = `guess-${actor}-${Date.now()}@example.com`
      const statuses = []
      let last
      for (let i = 0; i < 11; i++) {
        // From a new address each time: the limit follows the email, not only the client.
        last = await backend(`127.0.2.${i + 1}`, `/auth/${actor}/emailpass`, { method: "POST", body: { email, password: `wrong-${i}` } })
        statuses.push(last.status)
      }
      assert.deepEqual(statuses, [...Array(10).fill(401), 429], `${actor} logins`)
      assert.ok(Number(last.headers["retry-after"]) > 0, "Retry-After is set")
      assert.match(json(last)?.message ?? "", /too many/i)
    }
  })

  it("6. one client guessing many accounts meets its own login limit", async () => {
    const statuses = []
    for (let i = 0; i < 31; i++) {
      const email = `spray-${i}-${Date.now()}@example.com`
      statuses.push((await backend("127.0.1.9", "/auth/customer/emailpass", { method: "POST", body: { email, password: "Winter2026!" } })).status)
    }
    assert.deepEqual(statuses, [...Array(30).fill(401), 429])
  })

  it("6. registration is limited per email", async () => {
    const email = `register-${Date.now()}@example.com`
    const statuses = []
    for (let i = 0; i < 6; i++) {
      const answer = await backend(`127.0.3.${i + 1}`, "/auth/customer/emailpass/register", { method: "POST", body: { email, password: "a-long-password" } })
      statuses.push(answer.status)
    }
    assert.equal(statuses.at(-1), 429, `six registrations of one email: ${statuses.join(" ")}`)
  })

  it("6. a 4th reset request for one email in an hour sends no 4th email and answers as for an unknown email", async () => {
    const email = `reset-${Date.now()}@example.com`
    const from = "127.0.1.10"
    const { token } = json(await backend(from, "/auth/customer/emailpass/register", { method: "POST", body: { email, password: "a-long-password" } }))
    const created = await backend(from, "/store/customers", {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: { email, first_name: "Rena", last_name: "Reset" },
    })
    assert.equal(created.status, 200, created.text)

    const reset = (identifier, client) =>
      backend(client, "/auth/customer/emailpass/reset-password", { method: "POST", body: { identifier } })
    const known = []
    const unknown = []
    const nobody = `nobody-${Date.now()}@example.com`
    for (let i = 0; i < 4; i++) {
      // Each request from its own address: the cap follows the email.
      known.push(await reset(email, `127.0.4.${i + 1}`))
      unknown.push(await reset(nobody, `127.0.5.${i + 1}`))
    }
    assert.deepEqual(known.map((a) => a.status), unknown.map((a) => a.status), "known and unknown emails are answered alike")
    assert.equal(json(known[3])?.type, json(unknown[3])?.type)

    // The mail goes out from a subscriber: give it time to write all it would.
    const mailsTo = async () => {
      const files = (await readdir(store.outboxDir)).filter((file) => file.includes("password-reset"))
      const bodies = await Promise.all(files.map((file) => readFile(path.join(store.outboxDir, file), "utf8")))
      return bodies.filter((body) => body.includes(email)).length
    }
    for (let waited = 0; waited < 20 && (await mailsTo()) < 3; waited++) {
      await delay(500)
    }
    await delay(3000)
    assert.equal(await mailsTo(), 3, "reset emails sent for one address in an hour")
  })
}
