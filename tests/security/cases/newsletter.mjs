// Finding 4 (newsletter takeover) and the newsletter part of 12 (its own secret): only a click in the
// mailbox confirms or changes a subscription. Frugal with the store's shared limits: five sign-ups in all.
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { readdir, readFile } from "node:fs/promises"
import path from "node:path"
import { it } from "node:test"
import jwt from "jsonwebtoken"
import { simpleParser } from "mailparser"
import { queryRows } from "../../../scripts/lib/postgres.mjs"

export default function register(store) {
  const api = async (route, { method = "GET", body, token } = {}) => {
    const response = await fetch(`${store.backendUrl}${route}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": store.publishableKey,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    })
    return { status: response.status, data: await response.json().catch(() => null) }
  }
  const address = (name) => `nl-${name}-${randomBytes(4).toString("hex")}@example.com`
  const subscriber = async (email) =>
    (await queryRows(store.databaseUrl, "select id, status, topics from subscriber where email = $1", [email]))[0]
  // The signup throttle mails an address at most once in 10 minutes; a test that needs a second mail moves the first back.
  const assertUntouched = async (email, topics) => {
    const { status, topics: stored } = await subscriber(email)
    assert.equal(status, "confirmed")
    assert.deepEqual(stored, topics)
  }
  const allowAnotherMail = (email) =>
    queryRows(store.databaseUrl, "update subscriber set confirmation_sent_at = now() - interval '11 minutes' where email = $1", [email])

  /** The newest mail to `email` whose subject matches, waiting for it; `seen` skips mails already read. */
  async function mailTo(email, subject, seen = new Set()) {
    for (let attempt = 0; attempt < 60; attempt++) {
      const files = (await readdir(store.outboxDir).catch(() => [])).sort().reverse()
      for (const file of files.filter((name) => !seen.has(name))) {
        const mail = await simpleParser(await readFile(path.join(store.outboxDir, file)))
        if (mail.to?.value.some((to) => to.address === email) && subject.test(mail.subject ?? "")) {
          seen.add(file)
          return mail
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new Error(`no mail "${subject}" to ${email}`)
  }
  const linkToken = (mail, page) => {
    const match = mail.text?.match(new RegExp(`/newsletter/${page}\\?token=([\\w.%-]+)`))
    assert.ok(match, `no ${page} link in: ${mail.text}`)
    return decodeURIComponent(match[1])
  }

  /** Signs an address up and presses the confirmation mail's button (the backend POST it sends); returns the mail. */
  async function confirmedReader(email, topics) {
    assert.equal((await api("/store/newsletter", { method: "POST", body: { email, topics } })).status, 202)
    const mail = await mailTo(email, /confirm your newsletter/i)
    assert.equal((await api("/store/newsletter/confirm", { method: "POST", body: { token: linkToken(mail, "confirm") } })).status, 200)
    return mail
  }

  it("newsletter: an account registered with a confirmed reader's address neither sees nor changes their topics; a link goes to the mailbox", async () => {
    const email = address("victim")
    const seen = new Set()
    await confirmedReader(email, ["fibromyalgia"])
    await mailTo(email, /confirm your newsletter/i, seen)

    // Medusa does not verify account emails: anyone can register this address.
    const password = `pw-${randomBytes(8).toString("hex")}`
    const registered = await api("/auth/customer/emailpass/register", { method: "POST", body: { email, password } })
    assert.equal(registered.status, 200, JSON.stringify(registered.data))
    await api("/store/customers", { method: "POST", token: registered.data.token, body: { email, first_name: "Not", last_name: "Them" } })
    const { data: login } = await api("/auth/customer/emailpass", { method: "POST", body: { email, password } })

    const shown = await api("/store/customers/me/newsletter", { token: login.token })
    assert.equal(shown.status, 200)
    assert.notEqual(shown.data.subscription.status, "confirmed")
    assert.deepEqual(shown.data.subscription.topics, [])
    assert.deepEqual(shown.data.subscription.awaiting_confirmation, [])

    const unsubscribe = await api("/store/customers/me/newsletter", { method: "POST", token: login.token, body: { topics: [] } })
    assert.ok(unsubscribe.status < 300)
    await assertUntouched(email, ["fibromyalgia"])

    await allowAnotherMail(email)
    const change = await api("/store/customers/me/newsletter", { method: "POST", token: login.token, body: { topics: ["deals"] } })
    assert.equal(change.status, 202)
    assert.deepEqual(change.data.subscription.topics, [])
    await assertUntouched(email, ["fibromyalgia"])

    // The mailbox decides: its click applies the change and connects the account that asked.
    const link = await mailTo(email, /confirm/i, seen)
    assert.match(link.text, /account/i)
    const confirmed = await api("/store/newsletter/confirm", { method: "POST", body: { token: linkToken(link, "confirm") } })
    assert.equal(confirmed.status, 200)
    const mine = await api("/store/customers/me/newsletter", { token: login.token })
    assert.equal(mine.data.subscription.status, "confirmed")
    assert.deepEqual(mine.data.subscription.topics.sort(), ["deals", "fibromyalgia"])
  })

  it("newsletter: a manage link stops working after an unsubscribe, and after a re-subscribe", async () => {
    const email = address("versions")
    const seen = new Set()
    await confirmedReader(email, ["lyme-disease"])
    const first = linkToken(await mailTo(email, /confirm your newsletter/i, seen), "preferences")
    const preferences = (token) => api(`/store/newsletter/preferences?token=${encodeURIComponent(token)}`)
    assert.equal((await preferences(first)).status, 200)

    assert.equal((await api("/store/newsletter/unsubscribe", { method: "POST", body: { token: first } })).status, 200)
    const stale = await preferences(first)
    assert.equal(stale.status, 400)
    assert.match(stale.data.message, /no longer valid/i)
    // The old link cannot sign the reader back up either.
    assert.equal((await api("/store/newsletter/preferences", { method: "POST", body: { token: first, topics: ["deals"] } })).status, 400)
    assert.equal((await subscriber(email)).status, "unsubscribed")

    await allowAnotherMail(email)
    assert.equal((await api("/store/newsletter", { method: "POST", body: { email, topics: ["deals"] } })).status, 202)
    const again = await mailTo(email, /confirm your newsletter/i, seen)
    const whileUnsubscribed = linkToken(again, "preferences")
    assert.equal((await preferences(whileUnsubscribed)).status, 200)
    assert.equal((await api("/store/newsletter/confirm", { method: "POST", body: { token: linkToken(again, "confirm") } })).status, 200)
    assert.equal((await subscriber(email)).status, "confirmed")
    assert.equal((await preferences(first)).status, 400)
    assert.equal((await preferences(whileUnsubscribed)).status, 400)
  })

  it("newsletter: a GET of the confirmation link confirms nothing (backend and storefront page); the page's button does", async () => {
    const email = address("scanner")
    assert.equal((await api("/store/newsletter", { method: "POST", body: { email, topics: ["deals"] } })).status, 202)
    const token = linkToken(await mailTo(email, /confirm your newsletter/i), "confirm")

    await api(`/store/newsletter/confirm?token=${encodeURIComponent(token)}`)
    assert.equal((await subscriber(email)).status, "pending")
    // What a mail scanner does with the link.
    const pageUrl = `${store.storefrontUrl}/newsletter/confirm?token=${encodeURIComponent(token)}`
    const page = await fetch(pageUrl)
    assert.equal(page.status, 200)
    const html = await page.text()
    assert.equal((await subscriber(email)).status, "pending")

    // The reader presses the button: the form's POST, as a browser without JavaScript sends it.
    const actionField = html.match(/name="(\$ACTION_ID_[\w]+)"/)
    assert.ok(actionField, "the confirmation page has a form with a button")
    const form = new FormData()
    form.append(actionField[1], "")
    form.append("token", token)
    const pressed = await fetch(pageUrl, { method: "POST", body: form, headers: { origin: store.storefrontUrl }, redirect: "manual" })
    assert.ok(pressed.status < 400, `the button's POST answered ${pressed.status}`)
    assert.equal((await subscriber(email)).status, "confirmed")
  })

  it("newsletter: links signed with JWT_SECRET are refused (the newsletter has its own secret)", async () => {
    const [{ id, status, ...rest }] = await queryRows(store.databaseUrl, "select * from subscriber where status = 'confirmed' limit 1")
    const claims = { sub: id, ...("token_version" in rest ? { v: rest.token_version } : {}) }
    for (const purpose of ["manage", "confirm"]) {
      const forged = jwt.sign(claims, store.jwtSecret, { audience: `newsletter-${purpose}`, expiresIn: "1h" })
      const answer =
        purpose === "manage"
          ? await api(`/store/newsletter/preferences?token=${encodeURIComponent(forged)}`)
          : await api("/store/newsletter/confirm", { method: "POST", body: { token: forged } })
      assert.equal(answer.status, 400, `a ${purpose} token signed with JWT_SECRET answered ${answer.status}`)
    }
    assert.equal((await queryRows(store.databaseUrl, "select status from subscriber where id = $1", [id]))[0].status, status)
  })
}
