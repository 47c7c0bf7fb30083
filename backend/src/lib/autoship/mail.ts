import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUTOSHIP_MODULE } from "../../modules/autoship"
import type AutoshipModuleService from "../../modules/autoship/service"

export type MailLine = { title: string; variant_title: string | null; quantity: number }

export type AutoshipForMail = {
  id: string
  email: string
  status: string
  interval_days: number
  next_order_at: Date
  retry_at: Date | null
  token_version: number
  payment_label: string
  lines: (MailLine & { variant_id: string })[]
}

/** The storefront page where a customer sees and changes their autoships. */
export function autoshipAccountUrl(container: MedusaContainer) {
  const { storefrontUrl } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin
  return `${storefrontUrl}/account/autoship`
}

/** The reminder's signed skip link: the storefront page shows the shipment and POSTs the token to skip it. */
export function autoshipSkipUrl(container: MedusaContainer, autoship: { id: string; token_version: number; next_order_at: Date | string }) {
  const token = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).signSkipToken(autoship)
  return `${autoshipAccountUrl(container)}/skip?token=${encodeURIComponent(token)}`
}

/** Product and option names of variants, by id; a variant deleted since reads as "A product". */
async function variantNames(container: MedusaContainer, variantIds: string[]) {
  const names = new Map<string, { title: string; variant_title: string | null }>()
  if (!variantIds.length) {
    return names
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title"],
    filters: { id: variantIds },
  })
  for (const variant of data as { id: string; title: string | null; product?: { title: string } | null }[]) {
    names.set(variant.id, { title: variant.product?.title ?? variant.title ?? "A product", variant_title: variant.product ? variant.title : null })
  }
  return names
}

const nameOf = (names: Map<string, { title: string; variant_title: string | null }>, variantId: string) =>
  names.get(variantId) ?? { title: "A product", variant_title: null }

/** Autoships with their lines named, as the autoship mails show them. */
export async function autoshipsForMail(container: MedusaContainer, ids: string[]): Promise<AutoshipForMail[]> {
  if (!ids.length) {
    return []
  }
  const autoships = await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).listAutoships({ id: ids }, { relations: ["lines"] })
  const names = await variantNames(container, [...new Set(autoships.flatMap((a) => a.lines.map((line) => line.variant_id)))])
  return autoships.map((autoship) => ({
    id: autoship.id,
    email: autoship.email,
    status: autoship.status,
    interval_days: autoship.interval_days,
    next_order_at: new Date(autoship.next_order_at),
    retry_at: autoship.retry_at ? new Date(autoship.retry_at) : null,
    token_version: autoship.token_version,
    payment_label: autoship.payment_label,
    lines: autoship.lines.map((line) => ({ variant_id: line.variant_id, ...nameOf(names, line.variant_id), quantity: line.quantity })),
  }))
}
