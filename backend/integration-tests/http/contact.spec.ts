import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { CONTACT_MODULE } from "../../src/modules/contact"
import type ContactModuleService from "../../src/modules/contact/service"
import { DEMO_STORE } from "../../src/scripts/seed-data/store-setup"
import { mailsTo } from "../helpers/autoship"
import { adminHeaders, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { trustLoopbackProxy } from "../helpers/forwarded-clients"

// The whole demo store is seeded first (minutes on a busy machine).
jest.setTimeout(600_000)

const anyStatus = { validateStatus: () => true }

trustLoopbackProxy()

let clientCounter = 0
/** The app believes X-Forwarded-For from loopback here, so each test can speak as its own client address. */
function asNewClient(headers: Record<string, string>) {
  clientCounter += 1
  return { headers: { ...headers, "x-forwarded-for": `198.51.100.${clientCounter}` }, ...anyStatus }
}

const message = (fields: Record<string, unknown> = {}) => ({
  topic: "general",
  name: "Ada Reader",
  email: `ada-${Math.random().toString(36).slice(2, 8)}@example.com`,
  message: "Does the magnesium glycinate come in a larger bottle?",
  ...fields,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    const contact = () => getContainer().resolve<ContactModuleService>(CONTACT_MODULE)
    const send = (body: Record<string, unknown>, client = asNewClient(store.headers)) => api.post("/store/contact-messages", body, client)

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      admin = await adminHeaders(api)
    })

    describe("POST /store/contact-messages", () => {
      it("stores the message, mails staff at the store's contact address and acknowledges the sender", async () => {
        const body = message()
        const { status, data } = await send(body)
        expect(status).toBe(202)
        expect(data).toEqual({ received: true })

        const [stored] = await contact().listContactMessages({ email: body.email })
        expect(stored).toMatchObject({ topic: "general", name: "Ada Reader", message: body.message, status: "new", details: null })

        const [ack] = await mailsTo(getContainer(), body.email, "contact-message-received")
        expect(ack.data).toMatchObject({ name: "Ada Reader", topic_title: "General question" })
        const staff = await mailsTo(getContainer(), DEMO_STORE.contact.email, "contact-message-staff")
        expect(staff.find((mail) => mail.data.email === body.email)?.data).toMatchObject({
          name: "Ada Reader",
          message: body.message,
          url: expect.stringContaining(`/app/contact-messages?id=${stored.id}`),
        })
      })

      it("keeps a wholesaler's extra fields", async () => {
        const details = { company: "Blue Ridge Apothecary", tax_id: "NC-RS-0042", expected_volume: "200 bottles a month" }
        const body = message({ topic: "wholesale", details })
        expect((await send(body)).status).toBe(202)
        const [stored] = await contact().listContactMessages({ email: body.email })
        expect(stored).toMatchObject({ topic: "wholesale", details })
        const staff = await mailsTo(getContainer(), DEMO_STORE.contact.email, "contact-message-staff", 2)
        expect(staff.find((mail) => mail.data.email === body.email)?.data.details).toContainEqual({
          label: "Company",
          value: "Blue Ridge Apothecary",
        })
      })

      it("answers a filled honeypot like a success, but stores and mails nothing", async () => {
        const body = message({ website_url: "http://spam.example" })
        const { status, data } = await send(body)
        expect(status).toBe(202)
        expect(data).toEqual({ received: true })
        expect(await contact().listContactMessages({ email: body.email })).toHaveLength(0)
        expect(await mailsTo(getContainer(), body.email, "contact-message-received", 1, 1500)).toHaveLength(0)
      })

      it("refuses an unknown topic, missing partner fields and a bad address with 400 naming each field", async () => {
        const unknown = await send(message({ topic: "press" }))
        expect(unknown.status).toBe(400)
        expect(Object.keys(unknown.data.fields)).toContain("topic")

        const wholesale = await send(message({ topic: "wholesale", email: "not-an-address", details: { company: "Acme" } }))
        expect(wholesale.status).toBe(400)
        expect(wholesale.data.fields).toMatchObject({
          email: "Enter a valid email address",
          "details.tax_id": expect.any(String),
          "details.expected_volume": expect.any(String),
        })

        const affiliate = await send(message({ topic: "affiliate", details: { website: "javascript:alert(1)", audience: "Readers" } }))
        expect(affiliate.status).toBe(400)
        expect(Object.keys(affiliate.data.fields)).toEqual(["details.website"])

        const extra = await send(message({ details: { company: "Acme" } }))
        expect(extra.status).toBe(400)
        expect(Object.keys(extra.data.fields)).toContain("details")
      })

      it("answers 429 after five messages from one client, and after five to one address", async () => {
        const client = asNewClient(store.headers)
        for (let i = 0; i < 5; i++) {
          expect((await send(message(), client)).status).toBe(202)
        }
        const limited = await send(message(), client)
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)

        const email = "one-address@example.com"
        for (let i = 0; i < 5; i++) {
          expect((await send(message({ email }))).status).toBe(202)
        }
        expect((await send(message({ email }))).status).toBe(429)
      })
    })

    describe("the admin inbox", () => {
      it("lists newest first, filters by status and topic, opens a message and marks it answered", async () => {
        const details = { company: "Fernleaf Farms", product_line: "Elderberry syrups" }
        const body = message({ topic: "vendor", details })
        expect((await send(body)).status).toBe(202)

        const vendors = await api.get("/admin/contact-messages?topic=vendor", admin)
        expect(vendors.status).toBe(200)
        expect(vendors.data.contact_messages.map((m: { topic: string }) => m.topic)).toEqual(["vendor"])
        const [listed] = vendors.data.contact_messages
        expect(listed).toMatchObject({ email: body.email, status: "new" })

        const opened = await api.get(`/admin/contact-messages/${listed.id}`, admin)
        expect(opened.data.contact_message.details).toEqual(details)

        const answered = await api.post(`/admin/contact-messages/${listed.id}`, { status: "answered" }, admin)
        expect(answered.status).toBe(200)
        expect(answered.data.contact_message).toMatchObject({ status: "answered", answered_at: expect.any(String) })

        const stillNew = await api.get("/admin/contact-messages?status=new&limit=100", admin)
        expect(stillNew.data.contact_messages.map((m: { id: string }) => m.id)).not.toContain(listed.id)
        const done = await api.get("/admin/contact-messages?status=answered", admin)
        expect(done.data.contact_messages.map((m: { id: string }) => m.id)).toEqual([listed.id])

        const bad = await api.get("/admin/contact-messages?status=closed", { ...admin, ...anyStatus })
        expect(bad.status).toBe(400)
        expect(Object.keys(bad.data.fields)).toEqual(["status"])
        expect((await api.get("/admin/contact-messages?topic=vendor", anyStatus)).status).toBe(401)
      })
    })

    describe("pages", () => {
      it("serves the seeded pages and the store's contact details", async () => {
        for (const handle of ["our-story", "help", "guarantee", "terms", "privacy"]) {
          const { status, data } = await api.get(`/store/pages/${handle}`, store)
          expect({ handle, status }).toEqual({ handle, status: 200 })
          expect(data.page.body.length).toBeGreaterThan(200)
        }
        const help = await api.get("/store/pages/help", store)
        expect(help.data.page.body).toContain("## Returns")
        expect(help.data.page.body).toContain(`$${DEMO_STORE.shipping.standard.freeFrom}`)
        const guarantee = await api.get("/store/pages/guarantee", store)
        expect(guarantee.data.page.title).toBe(`Our ${DEMO_STORE.guaranteeDays}-Day Guarantee`)

        const details = await api.get("/store/contact-details", store)
        expect(details.data.contact).toEqual(DEMO_STORE.contact)
      })

      it("creates, edits, unpublishes and deletes a page; the store shows published pages only", async () => {
        const created = await api.post("/admin/pages", { handle: "sustainability", title: "Sustainability", body: "## Packaging\n\nGlass jars." }, admin)
        expect(created.status).toBe(201)
        const { id } = created.data.page
        expect(created.data.page.published).toBe(false)
        expect((await api.get("/store/pages/sustainability", { ...store, ...anyStatus })).status).toBe(404)

        const published = await api.post(`/admin/pages/${id}`, { published: true, title: "Our footprint" }, admin)
        expect(published.data.page).toMatchObject({ published: true, title: "Our footprint", body: "## Packaging\n\nGlass jars." })
        const shown = await api.get("/store/pages/sustainability", store)
        expect(shown.data.page).toMatchObject({ title: "Our footprint", body: "## Packaging\n\nGlass jars." })
        expect(shown.data.page.published).toBeUndefined()

        const listed = await api.get("/admin/pages", admin)
        expect(listed.data.pages.map((page: { handle: string }) => page.handle)).toEqual(
          expect.arrayContaining(["guarantee", "help", "our-story", "privacy", "sustainability", "terms"])
        )

        const invalid = await api.post(`/admin/pages/${id}`, { handle: "Not A Handle", title: "" }, { ...admin, ...anyStatus })
        expect(invalid.status).toBe(400)
        expect(Object.keys(invalid.data.fields).sort()).toEqual(["handle", "title"])

        expect((await api.delete(`/admin/pages/${id}`, admin)).data).toMatchObject({ id, deleted: true })
        expect((await api.get("/store/pages/sustainability", { ...store, ...anyStatus })).status).toBe(404)
        expect((await api.get("/store/pages/..%2Fetc", { ...store, ...anyStatus })).status).toBe(404)
      })
    })
  },
})
