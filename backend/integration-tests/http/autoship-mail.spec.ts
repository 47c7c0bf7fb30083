import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { AUTOSHIP_REMINDER_DAYS } from "@supplement-store/contract"
import { renewDueAutoships } from "../../src/lib/autoship/renew-due"
import { remindDueAutoships } from "../../src/lib/autoship/remind-due"
import { AUTOSHIP_MODULE } from "../../src/modules/autoship"
import type AutoshipModuleService from "../../src/modules/autoship/service"
import { addDays, autoshipStore, createTestAutoship, mailsTo, outboxMails } from "../helpers/autoship"
import { seedAndGetStoreHeaders } from "../helpers/demo-store"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let store: Awaited<ReturnType<typeof autoshipStore>>
    const autoships = () => getContainer().resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    const emit = (name: string, data: Record<string, unknown>) => getContainer().resolve(Modules.EVENT_BUS).emit({ name, data })

    beforeAll(async () => {
      await seedAndGetStoreHeaders(getContainer())
      store = await autoshipStore(getContainer())
    })

    describe("the reminder", () => {
      it("mails once per shipment, within the reminder window, with a signed skip link to that shipment", async () => {
        const now = new Date("2030-03-01T09:00:00.000Z")
        const soon = await createTestAutoship(getContainer(), store, { nextOrderAt: addDays(now, 2) })
        const later = await createTestAutoship(getContainer(), store, { nextOrderAt: addDays(now, AUTOSHIP_REMINDER_DAYS + 2) })

        await remindDueAutoships(getContainer(), now)
        // The hourly job runs again: nothing new for the same shipment.
        await remindDueAutoships(getContainer(), addDays(now, 1 / 24))
        const sent = await mailsTo(getContainer(), soon.email, "autoship-reminder")
        expect(sent).toHaveLength(1)
        expect(sent[0].idempotency_key).toBe(`autoship-reminder-${soon.autoship.id}-${addDays(now, 2).toISOString()}`)
        expect(sent[0].data).toMatchObject({
          next_order_at: addDays(now, 2).toISOString(),
          lines: [expect.objectContaining({ title: store.variant.product.title, quantity: 2 })],
          change_url: expect.stringMatching(/\/account\/autoship$/),
        })
        expect(new Date((await autoships().retrieveAutoship(soon.autoship.id)).reminded_for!).toISOString()).toBe(addDays(now, 2).toISOString())
        expect(await mailsTo(getContainer(), later.email, "autoship-reminder", 1, 0)).toHaveLength(0)

        // The skip link names this autoship and this shipment. (POST /store/autoships/skip is not in
        // this branch yet, so the token is read with the module, as that route will.)
        const skipUrl = new URL(sent[0].data.skip_url)
        expect(skipUrl.pathname).toBe("/account/autoship/skip")
        const token = skipUrl.searchParams.get("token")!
        expect((await autoships().readSkipToken(token)).id).toBe(soon.autoship.id)
        await expect(autoships().readSkipToken(token.slice(0, -2) + "xx")).rejects.toThrow(/not valid/)

        // The mail itself, as written to the outbox, carries the same link.
        const [eml] = await outboxMails(soon.email, "autoship-reminder")
        expect(eml.subject).toMatch(/^Your autoship ships on /)
        expect(eml.text).toContain(sent[0].data.skip_url)

        // Skipping moves the shipment: the old link stops working and the new date gets its own reminder.
        const next = addDays(now, 32)
        await autoships().updateAutoships({ id: soon.autoship.id, next_order_at: next, token_version: soon.autoship.token_version + 1 })
        await expect(autoships().readSkipToken(token)).rejects.toThrow(/out of date/)
        await remindDueAutoships(getContainer(), addDays(next, -1))
        const both = await mailsTo(getContainer(), soon.email, "autoship-reminder", 2)
        expect(both.map((mail) => mail.data.next_order_at).sort()).toEqual([addDays(now, 2).toISOString(), next.toISOString()])

        // The later autoship is reminded once its date comes within the window.
        await remindDueAutoships(getContainer(), addDays(now, 3))
        expect(await mailsTo(getContainer(), later.email, "autoship-reminder")).toHaveLength(1)
      })
    })

    describe("renewal mails", () => {
      it("a renewal's order is confirmed by the autoship mail only, naming what was left out and not charged", async () => {
        const now = new Date()
        const { autoship, email } = await createTestAutoship(getContainer(), store, { nextOrderAt: addDays(now, -1 / 24), variantIds: [store.variant.id, "variant_01GONE"] })
        await renewDueAutoships(getContainer(), now)
        const [cycle] = await autoships().listAutoshipCycles({ autoship_id: autoship.id })
        expect(cycle).toMatchObject({ outcome: "placed", message: null, missing_variant_ids: ["variant_01GONE"] })

        const [mail] = await mailsTo(getContainer(), email, "autoship-renewed")
        expect(mail.idempotency_key).toBe(`autoship-renewed-${cycle.id}-1`)
        expect(mail.data).toMatchObject({
          display_id: expect.any(Number),
          items: [expect.objectContaining({ title: store.variant.product.title, quantity: 2 })],
          missing: [expect.objectContaining({ title: "A product", quantity: 2 })],
        })
        const [eml] = await outboxMails(email, "autoship-renewed")
        expect(eml.text).toContain("you were not charged for them")
        // No second, ordinary confirmation for the same order.
        expect(await mailsTo(getContainer(), email, "order-confirmation", 1, 3_000)).toHaveLength(0)
      })

      it("nothing in stock: the out-of-stock mail, and the autoship moves on", async () => {
        const now = new Date()
        const { autoship, email } = await createTestAutoship(getContainer(), store, { nextOrderAt: addDays(now, -1 / 24), variantIds: ["variant_01GONE"] })
        await renewDueAutoships(getContainer(), now)
        const [mail] = await mailsTo(getContainer(), email, "autoship-out-of-stock")
        expect(mail.data.missing).toEqual([expect.objectContaining({ title: "A product", quantity: 2 })])
        expect(mail.data.next_order_at).toBe(addDays(autoship.next_order_at, 30).toISOString())
      })

      it("each subscriber mails once, however often its event is delivered", async () => {
        const { autoship, email } = await createTestAutoship(getContainer(), store, { nextOrderAt: addDays(new Date(), 30) })
        const retryAt = addDays(new Date(), 1)
        await autoships().updateAutoships({ id: autoship.id, status: "payment_failed", retry_at: retryAt })
        const [cycle] = await autoships().createAutoshipCycles([
          { autoship_id: autoship.id, due_at: autoship.next_order_at, claimed_at: new Date(), outcome: "payment_failed", message: "Your card was declined.", missing_variant_ids: [] },
        ])
        const renewal = { id: autoship.id, cycle_id: cycle.id, attempt: 1, outcome: "payment_failed", order_id: null, missing_variant_ids: [] }
        for (let delivery = 0; delivery < 2; delivery++) {
          await emit("autoship.created", { ids: [autoship.id], order_id: "order_01TEST" })
          await emit("autoship.payment_failed", renewal)
          await emit("autoship.paused", { ...renewal, attempt: 4 })
        }
        await new Promise((resolve) => setTimeout(resolve, 3_000))

        const [created] = await mailsTo(getContainer(), email, "autoship-created")
        expect(created.data).toMatchObject({
          autoships: [{ interval_days: 30, next_order_at: new Date(autoship.next_order_at).toISOString(), lines: [expect.objectContaining({ quantity: 2 })] }],
          url: expect.stringMatching(/\/account\/autoship$/),
        })
        const failed = await mailsTo(getContainer(), email, "autoship-payment-failed")
        expect(failed).toHaveLength(1)
        expect(failed[0].data).toMatchObject({ retry_at: retryAt.toISOString(), message: "Your card was declined.", url: expect.stringMatching(/\/account\/autoship$/) })
        expect(await mailsTo(getContainer(), email, "autoship-paused")).toHaveLength(1)
        expect(await mailsTo(getContainer(), email, "autoship-created")).toHaveLength(1)

        const [eml] = await outboxMails(email, "autoship-payment-failed")
        expect(eml.subject).toBe("Your autoship payment did not go through")
        expect(eml.text).toContain("We will try again on")
      })
    })
  },
})
