import { readdir, readFile } from "node:fs/promises"
import path from "node:path"
import type { FilterableShippingOptionProps, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { simpleParser, type ParsedMail } from "mailparser"
import { AUTOSHIP_MODULE } from "../../src/modules/autoship"
import type AutoshipModuleService from "../../src/modules/autoship/service"
import { addDays } from "../../src/modules/autoship/transitions"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The seeded store's region, sales channel, standard shipping option and an in-stock variant. */
export async function autoshipStore(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [region] = await container.resolve(Modules.REGION).listRegions({}, { take: 1 })
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1 })
  const [option] = await container.resolve(Modules.FULFILLMENT).listShippingOptions({ type: { code: "standard" } } as FilterableShippingOptionProps, { take: 1 })
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "title", "product.title", "inventory_quantity"], pagination: { take: 50 } })
  const { getVariantAvailability } = await import("@medusajs/framework/utils")
  const available = await getVariantAvailability(query, { variant_ids: variants.map((v) => v.id), sales_channel_id: channel.id })
  const variant = variants.find((v) => (available[v.id]?.availability ?? 0) > 20)!
  return { region_id: region.id, sales_channel_id: channel.id, shipping_option_id: option.id, variant: variant as unknown as { id: string; title: string; product: { title: string } } }
}

let customerCounter = 0

/** A customer with an autoship made straight through the module, shipping `nextOrderAt`. */
export async function createTestAutoship(
  container: MedusaContainer,
  store: Awaited<ReturnType<typeof autoshipStore>>,
  { nextOrderAt, variantIds = [store.variant.id], payment = { payment_provider_id: "pp_system_default", payment_method_id: null as string | null, payment_label: "Pay on delivery" } }: {
    nextOrderAt: Date
    variantIds?: string[]
    payment?: { payment_provider_id: string; payment_method_id: string | null; payment_label: string }
  }
) {
  const email = `autoshipper-${Date.now()}-${++customerCounter}@example.com`
  const [customer] = await container.resolve(Modules.CUSTOMER).createCustomers([{ email, first_name: "Ada", last_name: "Autoship", has_account: true }])
  const service = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
  const [autoship] = await service.createAutoships([
    {
      customer_id: customer.id,
      email,
      interval_days: 30,
      next_order_at: nextOrderAt,
      region_id: store.region_id,
      currency_code: "usd",
      sales_channel_id: store.sales_channel_id,
      shipping_address: { first_name: "Ada", last_name: "Autoship", address_1: "1 Elm Street", city: "Portland", province: "OR", postal_code: "97201", country_code: "us" },
      shipping_option_id: store.shipping_option_id,
      ...payment,
    },
  ])
  await service.createAutoshipLines(variantIds.map((variant_id) => ({ autoship_id: autoship.id, variant_id, quantity: 2 })))
  return { autoship: await service.retrieveAutoship(autoship.id), customer, email }
}

export { addDays }

type SentMail = { id: string; to: string; template: string; data: Record<string, any>; idempotency_key: string | null }

/** The notifications sent to `to` (with `template`), once at least `count` are there or the wait is over. */
export async function mailsTo(container: MedusaContainer, to: string, template?: string, count = 1, waitMs = 10_000): Promise<SentMail[]> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const deadline = Date.now() + waitMs
  let sent: SentMail[] = []
  do {
    sent = (await notifications.listNotifications(template ? { to, template } : { to })) as unknown as SentMail[]
    if (sent.length >= count) {
      break
    }
    await sleep(250)
  } while (Date.now() < deadline)
  return sent
}

/** The .eml files the outbox holds for `to` (with `template` in their name), parsed; waits a little for the first. */
export async function outboxMails(to: string, template: string, waitMs = 5_000): Promise<ParsedMail[]> {
  const dir = process.env.MAIL_OUTBOX_DIR!
  const deadline = Date.now() + waitMs
  for (;;) {
    const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.includes(`-${template}-`))
    const mails = await Promise.all(files.map(async (file) => simpleParser(await readFile(path.join(dir, file)))))
    const found = mails.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((address) => address?.text.includes(to)))
    if (found.length || Date.now() > deadline) {
      return found
    }
    await sleep(250)
  }
}
