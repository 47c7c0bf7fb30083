import { mkdtemp, readdir, readFile, rm } from "node:fs/promises"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"
import { simpleParser, type ParsedMail } from "mailparser"
import { SMTPServer } from "smtp-server"
import sendNewsletterDigest from "../../src/jobs/send-newsletter-digest"
import EmailProviderService from "../../src/modules/email/service"
import { NEWS_MODULE } from "../../src/modules/news"
import type NewsModuleService from "../../src/modules/news/service"
import { NEWSLETTER_MODULE } from "../../src/modules/newsletter"
import type NewsletterModuleService from "../../src/modules/newsletter/service"
import { adminHeaders, placeOrder, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { trustLoopbackProxy } from "../helpers/forwarded-clients"

jest.setTimeout(180_000)

const anyStatus = { validateStatus: () => true }

// A real SMTP server inside the test: the backend's mail goes through nodemailer to it over TCP.
const inbox: ParsedMail[] = []
let smtp: SMTPServer
beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, done) {
      simpleParser(stream).then((mail) => {
        inbox.push(mail)
        done()
      }, done)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve))
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
})
afterAll(async () => {
  delete process.env.SMTP_URL
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

const recipient = (mail: ParsedMail) => [mail.to ?? []].flat().flatMap((to) => to.value.map((a) => a.address))
const mailsTo = (address: string) => inbox.filter((mail) => recipient(mail).includes(address))

async function waitForMail(address: string, subject: RegExp): Promise<ParsedMail> {
  for (let attempt = 0; attempt < 80; attempt++) {
    const mail = mailsTo(address).find((m) => subject.test(m.subject ?? ""))
    if (mail) {
      return mail
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no mail "${subject}" reached ${address}; inbox: ${inbox.map((m) => `${recipient(m)}: ${m.subject}`).join(" | ")}`)
}

/** The token of a storefront link like /newsletter/confirm?token=… found in the mail's text part. */
function linkToken(mail: ParsedMail, page: "confirm" | "preferences" | "unsubscribe") {
  const match = mail.text?.match(new RegExp(`/newsletter/${page}\\?token=([\\w.%-]+)`))
  if (!match) {
    throw new Error(`no ${page} link in: ${mail.text}`)
  }
  return decodeURIComponent(match[1])
}

/** A header as written on the wire (mailparser folds the List-* headers into one object). */
function rawHeader(mail: ParsedMail, name: string) {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line
  return line?.slice(line.indexOf(":") + 1).trim()
}

trustLoopbackProxy()

let clientCounter = 0
/** The app believes X-Forwarded-For from loopback here, so each request can speak as its own client address. */
const asClient = (headers: Record<string, string>, client = `198.51.100.${++clientCounter}`) => ({
  headers: { ...headers, "x-forwarded-for": client },
  ...anyStatus,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    const subscribe = (body: Record<string, unknown>, client?: string) => api.post("/store/newsletter", body, asClient(store.headers, client))
    const newsletter = () => getContainer().resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    const subscriberFor = async (email: string) => (await newsletter().listSubscribers({ email }))[0]
    const confirm = (token: string) => api.post("/store/newsletter/confirm", { token }, asClient(store.headers))

    // The database goes back to its seeded state before each test; so does the inbox.
    beforeEach(() => {
      inbox.length = 0
    })

    /** Signs an address up and follows the link in the confirmation mail; returns that mail. */
    async function confirmedReader(email: string, topics: string[]) {
      await subscribe({ email, topics })
      const mail = await waitForMail(email, /confirm your newsletter/i)
      expect((await confirm(linkToken(mail, "confirm"))).data.subscription.status).toBe("confirmed")
      return mail
    }

    it("double opt-in: the mail's link confirms the topics asked for, with RFC 8058 headers", async () => {
      const email = "reader.one@example.com"
      const { status, data } = await subscribe({ email: "Reader.One@Example.com", topics: ["fibromyalgia", "deals"], source: "article" })
      expect(status).toBe(202)
      expect(data.message).toMatch(/check your inbox/i)
      expect(await subscriberFor(email)).toMatchObject({ status: "pending", topics: [], consent_source: "article" })

      const mail = await waitForMail(email, /confirm your newsletter/i)
      expect(mail.html).toContain("Yes, subscribe me")
      expect(mail.text).toContain("Fibromyalgia, Deals")
      expect(rawHeader(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click")
      expect(rawHeader(mail, "List-Unsubscribe")).toMatch(/^<http:\/\/localhost:\d+\/newsletter\/unsubscribe\?token=[\w.%-]+>$/)

      const confirmed = await confirm(linkToken(mail, "confirm"))
      expect(confirmed.status).toBe(200)
      expect(confirmed.data.subscription).toMatchObject({ email, status: "confirmed", topics: ["fibromyalgia", "deals"] })
      expect((await subscriberFor(email)).consent_at).toBeTruthy()
    })

    it("answers the same for new, pending and confirmed addresses, and mails an address at most once in 10 minutes", async () => {
      await confirmedReader("reader.one@example.com", ["fibromyalgia", "deals"])
      inbox.length = 0
      const body = (email: string) => ({ email, topics: ["lyme-disease"] })
      const answers = []
      for (const email of ["fresh@example.com", "fresh@example.com", "reader.one@example.com"]) {
        const { status, data } = await subscribe(body(email))
        answers.push({ status, data })
      }
      expect(answers[1]).toEqual(answers[0])
      expect(answers[2]).toEqual(answers[0])

      await waitForMail("fresh@example.com", /confirm/i)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(mailsTo("fresh@example.com")).toHaveLength(1)
      // The confirmed reader's new topic waits for their confirmation; what they receive is unchanged.
      expect(await subscriberFor("reader.one@example.com")).toMatchObject({
        topics: ["fibromyalgia", "deals"],
        requested_topics: ["fibromyalgia", "deals", "lyme-disease"],
      })

      // Past the window, signing up a confirmed address again tells its owner, and changes nothing.
      const reader = await subscriberFor("reader.one@example.com")
      await newsletter().updateSubscribers({ id: reader.id, confirmation_sent_at: new Date(Date.now() - 11 * 60_000), requested_topics: [] })
      expect((await subscribe({ email: "reader.one@example.com", topics: ["deals"] })).data).toEqual(answers[0].data)
      const note = await waitForMail("reader.one@example.com", /already subscribed/i)
      expect(note.text).toMatch(/\/newsletter\/preferences\?token=/)
    })

    it("refuses bad input with 400 and a message", async () => {
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ email: "not-an-email", topics: ["deals"] }, /valid email/i],
        [{ email: "x@example.com", topics: ["astrology"] }, /topics must be among/i],
        [{ email: "x@example.com", topics: [] }, /at least one/i],
        [{ email: "x@example.com", topics: ["deals"], admin: true }, /admin/i],
        [{ email: "x@example.com", topics: ["deals"], source: "popup" }, /source/i],
      ]
      for (const [body, message] of cases) {
        const { status, data } = await subscribe(body)
        expect(status).toBe(400)
        expect(data.message).toMatch(message)
      }
      expect(await subscriberFor("x@example.com")).toBeUndefined()
    })

    it("limits signups per client with 429 and Retry-After, while another client goes on", async () => {
      const client = "192.0.2.77"
      const statuses = []
      for (let i = 0; i < 11; i++) {
        statuses.push((await subscribe({ email: `flood${i}@example.com`, topics: ["deals"] }, client)).status)
      }
      expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true)
      const limited = await subscribe({ email: "flood-last@example.com", topics: ["deals"] }, client)
      expect(limited.status).toBe(429)
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
      expect((await subscribe({ email: "other@example.com", topics: ["deals"] })).status).toBe(202)
    })

    it("refuses tampered, misused and expired links with a clear 400", async () => {
      const email = "linkchecker@example.com"
      await subscribe({ email, topics: ["natural-wellness"] })
      const mail = await waitForMail(email, /confirm/i)
      const token = linkToken(mail, "confirm")

      const [head, payload, signature] = token.split(".")
      const tampered = await confirm([head, payload, signature.slice(0, -2) + (signature.endsWith("AA") ? "BB" : "AA")].join("."))
      expect(tampered.status).toBe(400)
      expect(tampered.data.message).toMatch(/not valid/i)
      expect((await confirm("garbage")).status).toBe(400)
      // A preferences link is not a confirmation link.
      expect((await confirm(linkToken(mail, "preferences"))).status).toBe(400)

      const { modules } = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const { tokenSecret } = (modules![NEWSLETTER_MODULE] as { options: { tokenSecret: string } }).options
      const subscriber = await subscriberFor(email)
      const expired = jwt.sign({ sub: subscriber.id, exp: Math.floor(Date.now() / 1000) - 60 }, tokenSecret, { audience: "newsletter-confirm" })
      const late = await confirm(expired)
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/expired/i)
      expect((await subscriberFor(email)).status).toBe("pending")

      expect((await confirm(token)).data.subscription.status).toBe("confirmed")
    })

    it("changes topics through the preferences link, and unsubscribes in one POST from List-Unsubscribe", async () => {
      const email = "linkchecker@example.com"
      const mail = await confirmedReader(email, ["natural-wellness"])
      const manage = linkToken(mail, "preferences")

      const shown = await api.get(`/store/newsletter/preferences?token=${encodeURIComponent(manage)}`, asClient(store.headers))
      expect(shown.data.subscription).toMatchObject({ email, status: "confirmed", topics: ["natural-wellness"] })
      expect(shown.data.topics).toHaveLength(6)

      const changed = await api.post("/store/newsletter/preferences", { token: manage, topics: ["supplement-news", "deals"] }, asClient(store.headers))
      expect(changed.data.subscription.topics).toEqual(["supplement-news", "deals"])

      const oneClick = new URL(rawHeader(mail, "List-Unsubscribe")!.replace(/^<|>$/g, "")).searchParams.get("token")!
      const gone = await api.post("/store/newsletter/unsubscribe", { token: oneClick }, asClient(store.headers))
      expect(gone.status).toBe(200)
      expect(gone.data.subscription).toMatchObject({ status: "unsubscribed", topics: [] })
      expect((await subscriberFor(email)).unsubscribed_at).toBeTruthy()
      // The unsubscribe ended every link mailed before it.
      const stale = await api.get(`/store/newsletter/preferences?token=${encodeURIComponent(manage)}`, asClient(store.headers))
      expect(stale.status).toBe(400)
      expect(stale.data.message).toMatch(/no longer valid/i)
    })

    it("mails the order confirmation after a checkout, and asks a consenting shopper to confirm newsletters", async () => {
      const email = "shopper@example.com"
      const order = await placeOrder(api, store, { email, metadata: { marketing_consent: true } })
      const mail = await waitForMail(email, new RegExp(`Order #${order.display_id} confirmed`))
      expect(mail.text).toContain(order.items[0].title)
      expect(mail.text).toContain("1 Elm Street")
      expect(mail.text).toContain(new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(order.total))
      expect(mail.html).toContain(`/order/confirmed/${order.id}`)

      const optIn = await waitForMail(email, /confirm your newsletter/i)
      expect(optIn.text).toContain("Supplement News, Deals")
      expect(await subscriberFor(email)).toMatchObject({ status: "pending", consent_source: "checkout" })

      const quiet = await placeOrder(api, store, { email: "no-consent@example.com" })
      await waitForMail("no-consent@example.com", new RegExp(`Order #${quiet.display_id}`))
      expect(await subscriberFor("no-consent@example.com")).toBeUndefined()
    })

    it("shows and changes from the account only a subscription its mailbox's owner connected; other changes go out as a link", async () => {
      const email = "reader.one@example.com"
      await confirmedReader(email, ["fibromyalgia"])
      const password = "newsletter-test"
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "Reader", last_name: "One" }, {
        headers: { ...store.headers, authorization: `Bearer ${registered.token}` },
      })
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
      const customer = { ...store.headers, authorization: `Bearer ${login.token}` }

      const mine = async () => (await api.get("/store/customers/me/newsletter", { headers: customer })).data.subscription

      // Medusa does not verify account emails: until the mailbox's owner clicks, the account sees nothing.
      expect(await mine()).toMatchObject({ status: "none", topics: [] })
      await newsletter().updateSubscribers({ id: (await subscriberFor(email)).id, confirmation_sent_at: new Date(Date.now() - 11 * 60_000) })
      inbox.length = 0
      const asked = await api.post("/store/customers/me/newsletter", { topics: ["chronic-fatigue"] }, asClient(customer))
      expect(asked.status).toBe(202)
      expect(asked.data).toMatchObject({ link_sent: true, subscription: { status: "none", topics: [] } })
      expect(await subscriberFor(email)).toMatchObject({ status: "confirmed", topics: ["fibromyalgia"], customer_id: null })

      const mail = await waitForMail(email, /confirm your newsletter/i)
      expect(mail.text).toMatch(/customer account/i)
      await confirm(linkToken(mail, "confirm"))
      expect(await mine()).toMatchObject({ status: "confirmed", topics: ["fibromyalgia", "chronic-fatigue"] })

      // Connected by that click, the account's choices now apply at once.
      const { data } = await api.post("/store/customers/me/newsletter", { topics: ["deals"] }, asClient(customer))
      expect(data).toMatchObject({ link_sent: false, subscription: { topics: ["deals"] } })
      expect((await api.get("/store/customers/me/newsletter", { ...store, ...anyStatus })).status).toBe(401)
    })

    it("the weekly digest brings each confirmed reader the week's articles on their topics, with one-click unsubscribe", async () => {
      const news = getContainer().resolve<NewsModuleService>(NEWS_MODULE)
      const [article] = await news.listArticles({ status: "published", topic: { handle: "fibromyalgia" } }, { take: 1 })
      await news.updateArticles({ id: article.id, published_at: new Date() })
      const lyme = await news.listArticles({ topic: { handle: "lyme-disease" } }, { select: ["id"] })
      await news.updateArticles(lyme.map(({ id }) => ({ id, published_at: new Date(Date.now() - 30 * 24 * 3600 * 1000) })))
      await confirmedReader("fibro.reader@example.com", ["fibromyalgia"])
      await confirmedReader("lyme.reader@example.com", ["lyme-disease"])
      inbox.length = 0

      await sendNewsletterDigest(getContainer())
      const digest = await waitForMail("fibro.reader@example.com", /^This week: /)
      expect(digest.text).toContain(article.title)
      expect(digest.html).toContain(`/news/${article.handle}`)
      expect(rawHeader(digest, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click")
      // No Lyme article this week: that reader gets nothing rather than an empty mail.
      expect(mailsTo("lyme.reader@example.com")).toHaveLength(0)
    })

    it("gives staff the list with status and topic filters, counts per topic, and a CSV export", async () => {
      await confirmedReader("reader.one@example.com", ["chronic-fatigue"])
      await subscribe({ email: "fresh@example.com", topics: ["lyme-disease"] })
      for (let i = 0; i < 3; i++) {
        await subscribe({ email: `flood${i}@example.com`, topics: ["deals"] })
      }
      const admin = await adminHeaders(api)
      const list = async (query: string) => (await api.get(`/admin/newsletter/subscribers?${query}`, admin)).data

      const confirmed = await list("status=confirmed")
      expect(confirmed.subscribers.map((s: { email: string }) => s.email)).toEqual(["reader.one@example.com"])
      expect(confirmed.topics.find((t: { handle: string }) => t.handle === "chronic-fatigue").confirmed).toBe(1)
      expect(confirmed.topics.find((t: { handle: string }) => t.handle === "fibromyalgia").confirmed).toBe(0)

      const chronicFatigue = await list("topic=chronic-fatigue")
      expect(chronicFatigue.subscribers.map((s: { email: string }) => s.email)).toEqual(["reader.one@example.com"])
      const deals = await list("topic=deals&status=unsubscribed")
      expect(deals.count).toBe(0)
      const flood = await list("q=FLOOD&limit=2")
      expect(flood.count).toBe(3)
      expect(flood.subscribers).toHaveLength(2)

      const bad = await api.get("/admin/newsletter/subscribers?topic=astrology", { ...admin, ...anyStatus })
      expect(bad.status).toBe(400)

      const csv = await api.get("/admin/newsletter/subscribers/export?status=pending", admin)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const rows = (csv.data as string).trim().split(/\r?\n/)
      expect(rows[0]).toBe("email,status,topics,consent_source,consent_at,unsubscribed_at,created_at")
      expect(rows.some((row) => row.startsWith("fresh@example.com,pending,"))).toBe(true)
      expect(rows.some((row) => row.startsWith("reader.one@example.com"))).toBe(false)
      expect((await api.get("/admin/newsletter/subscribers/export", { ...anyStatus })).status).toBe(401)
    })
  },
})

describe("the outbox, without SMTP_URL", () => {
  it("writes every email as a complete, parseable .eml file", async () => {
    const outboxDir = await mkdtemp(path.join(os.tmpdir(), "outbox-"))
    const logger = { info: jest.fn() } as never
    const provider = new EmailProviderService({ logger }, { from: "Store <hello@example.com>", outboxDir })
    await provider.send({
      to: "reader@example.com",
      channel: "email",
      template: "newsletter-confirmation",
      data: { confirm_url: "https://shop.example/c?t=1", preferences_url: "https://shop.example/p", unsubscribe_url: "https://shop.example/u", topics: ["Deals"] },
    } as never)

    const [file] = await readdir(outboxDir)
    expect(file).toMatch(/newsletter-confirmation.*\.eml$/)
    const mail = await simpleParser(await readFile(path.join(outboxDir, file)))
    expect(mail.subject).toBe("Confirm your newsletter subscription")
    expect(mail.from?.value).toEqual([{ name: "Store", address: "hello@example.com" }])
    expect(mail.text).toContain("https://shop.example/c?t=1")
    expect(mail.html).toContain('href="https://shop.example/c?t=1"')
    expect(rawHeader(mail, "List-Unsubscribe")).toBe("<https://shop.example/u>")
    expect(rawHeader(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click")
    await rm(outboxDir, { recursive: true, force: true })
  })
})
