import { z } from "zod"
import { Page } from "./fields"
import { MAX_AUTOSHIP_QUANTITY, RECORD_ID_PATTERN } from "./limits"

/**
 * Autoship (the SmartSavings Club): a customer's standing order of variants, re-delivered every
 * `interval_days`. A customer with an active autoship is a club member.
 */

export const AUTOSHIP_STATUSES = ["active", "paused", "cancelled", "payment_failed"] as const
export type AutoshipStatus = (typeof AUTOSHIP_STATUSES)[number]

/** What became of one due date: `processing` while a worker holds it. */
export const AUTOSHIP_CYCLE_OUTCOMES = ["processing", "placed", "skipped", "out_of_stock", "payment_failed"] as const
export type AutoshipCycleOutcome = (typeof AUTOSHIP_CYCLE_OUTCOMES)[number]

/** The store's intervals until staff change them in the admin. */
export const DEFAULT_AUTOSHIP_INTERVALS = [30, 45, 60, 90] as const
export const MIN_AUTOSHIP_INTERVAL_DAYS = 7
export const MAX_AUTOSHIP_INTERVAL_DAYS = 365
/** A paused autoship keeps its owner a member this long; then it is cancelled. */
export const AUTOSHIP_PAUSE_MEMBERSHIP_DAYS = 90
/** After a declined renewal: retry after 1, 3 and 7 days, then pause. */
export const AUTOSHIP_PAYMENT_RETRY_DAYS = [1, 3, 7] as const
/** The reminder mail goes this many days before a shipment. */
export const AUTOSHIP_REMINDER_DAYS = 3

/** Line item metadata key that makes a cart line an autoship line. */
export const AUTOSHIP_LINE_METADATA_KEY = "autoship_interval_days"

type LineWithMetadata = { metadata?: Record<string, unknown> | null } | null | undefined

/** A cart or order line's autoship interval in days, or null for a one-time line. */
export function autoshipIntervalOf(item: LineWithMetadata): number | null {
  const value = Number(item?.metadata?.[AUTOSHIP_LINE_METADATA_KEY])
  return Number.isInteger(value) && value > 0 ? value : null
}

export function hasAutoshipLines(items: LineWithMetadata[] | null | undefined): boolean {
  return (items ?? []).some((item) => autoshipIntervalOf(item) !== null)
}

const VARIANT_ID_PATTERN = /^variant_[A-Za-z0-9]+$/
const VariantId = z.string({ error: "Choose a product option" }).regex(VARIANT_ID_PATTERN, "Choose a product option")
const RecordId = z.string().regex(RECORD_ID_PATTERN, "Not a valid id")

export const IntervalDays = z.coerce
  .number({ error: "Choose how often it ships" })
  .int("Choose how often it ships")
  .min(MIN_AUTOSHIP_INTERVAL_DAYS, `Autoship ships at most every ${MIN_AUTOSHIP_INTERVAL_DAYS} days`)
  .max(MAX_AUTOSHIP_INTERVAL_DAYS, `Autoship ships at least every ${MAX_AUTOSHIP_INTERVAL_DAYS} days`)

export const AutoshipQuantity = z.coerce
  .number({ error: "Enter a quantity" })
  .int("Enter a whole number")
  .min(1, "Enter at least 1")
  .max(MAX_AUTOSHIP_QUANTITY, `At most ${MAX_AUTOSHIP_QUANTITY} per delivery`)

/** POST /store/carts/:id/autoship-items: an autoship line, at the member price. */
export const AddAutoshipItemBody = z
  .object({ variant_id: VariantId, quantity: AutoshipQuantity.default(1), interval_days: IntervalDays })
  .strict()

/** POST /store/carts/:id/autoship-items/:line_id: another interval, or `null` for a one-time purchase. */
export const SetCartLineIntervalBody = z.object({ interval_days: IntervalDays.nullable() }).strict()

/** POST /store/customers/me/autoships/items: a product added to an autoship the customer already has. */
export const AddToAutoshipBody = z
  .object({ autoship_id: RecordId, variant_id: VariantId, quantity: AutoshipQuantity.default(1) })
  .strict()

const AddressText = (label: string, max = 120) => z.string({ error: `Enter ${label}` }).trim().min(1, `Enter ${label}`).max(max, `At most ${max} characters`)
const OptionalText = (max = 120) => z.string().trim().max(max, `At most ${max} characters`).optional()

export const AutoshipAddress = z
  .object({
    first_name: AddressText("a first name", 80),
    last_name: AddressText("a last name", 80),
    address_1: AddressText("an address"),
    address_2: OptionalText(),
    company: OptionalText(),
    city: AddressText("a city", 80),
    province: OptionalText(80),
    postal_code: AddressText("a postal code", 20),
    country_code: z.string({ error: "Choose a country" }).trim().toLowerCase().regex(/^[a-z]{2}$/, "Choose a country"),
    phone: OptionalText(40),
  })
  .strict()
export type AutoshipAddress = z.output<typeof AutoshipAddress>

/**
 * POST /store/customers/me/autoships/:id: change what, how often and where it ships, or the card.
 * A line set to quantity 0 is removed; the last line cannot be (cancel instead).
 */
export const UpdateAutoshipBody = z
  .object({
    interval_days: IntervalDays.optional(),
    lines: z
      .array(z.object({ id: RecordId, quantity: z.coerce.number().int().min(0).max(MAX_AUTOSHIP_QUANTITY, `At most ${MAX_AUTOSHIP_QUANTITY} per delivery`) }).strict())
      .max(50)
      .optional(),
    shipping_address: AutoshipAddress.optional(),
    /** A saved card of the customer's (Stripe payment method id). */
    payment_method_id: z.string().regex(/^pm_[A-Za-z0-9_]+$/, "Choose a saved card").optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), "Nothing to change")

/** POST /store/autoships/skip: the signed link of a reminder mail (GET shows a page, POST skips). */
export const AutoshipLinkBody = z
  .object({ token: z.string().max(1000).regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "This link is not valid. Please use the link from your latest email.") })
  .strict()

/** GET /admin/autoships */
export const AdminAutoshipsQuery = z
  .object({
    status: z.enum(AUTOSHIP_STATUSES).optional(),
    customer_id: z.string().regex(/^cus_[A-Za-z0-9]+$/).optional(),
    /** ISO dates: next shipment on or after / before. */
    due_from: z.iso.date().optional(),
    due_to: z.iso.date().optional(),
    q: z.string().trim().max(100).optional(),
    ...Page({ maxLimit: 100, defaultLimit: 20 }),
  })
  .strict()

/** GET /admin/autoships/upcoming */
export const AdminUpcomingShipmentsQuery = z.object({ days: z.coerce.number().int().min(1).max(90).default(14) }).strict()

/** POST /admin/autoships/settings */
export const AutoshipSettingsBody = z
  .object({
    intervals: z
      .array(IntervalDays)
      .min(1, "Offer at least one interval")
      .max(8, "Offer at most 8 intervals")
      .transform((intervals) => [...new Set(intervals)].sort((a, b) => a - b)),
  })
  .strict()

export type AutoshipLine = {
  id: string
  variant_id: string
  quantity: number
  product_id: string | null
  product_title: string | null
  product_handle: string | null
  variant_title: string | null
  thumbnail: string | null
  /** What the line costs a member today, in the autoship's currency; null when the variant is gone. */
  unit_price: number | null
  in_stock: boolean
}

export type AutoshipCycle = {
  id: string
  due_at: string
  outcome: AutoshipCycleOutcome
  order_id: string | null
  order_display_id: number | null
  /** Variants left out for want of stock. */
  missing_variant_ids: string[]
  message: string | null
  created_at: string
}

export type AutoshipPayment = { provider: "system"; label: string } | { provider: "stripe"; label: string; payment_method_id: string }

export type Autoship = {
  id: string
  status: AutoshipStatus
  interval_days: number
  next_order_at: string
  paused_at: string | null
  currency_code: string
  shipping_address: AutoshipAddress
  payment: AutoshipPayment
  lines: AutoshipLine[]
  cycles: AutoshipCycle[]
  created_from_order_id: string | null
  created_at: string
}

/** GET /store/autoship/plan: what the product page offers. */
export type AutoshipPlanResponse = { intervals: number[]; percent_off: number }
export type AutoshipListResponse = { autoships: Autoship[] }
export type AutoshipResponse = { autoship: Autoship }
/** POST /store/autoships/skip: what a reminder's skip link did (no login, so no more than this). */
export type AutoshipSkipResponse = { autoship: { id: string; next_order_at: string; interval_days: number } }

/** GET /store/customers/me/club */
export type ClubMembershipResponse = {
  member: boolean
  /** When membership ends if nothing changes (a paused autoship's grace), or null. */
  member_until: string | null
  group: { name: string }
  percent_off: number
  active_autoships: number
  /** What member prices saved on the customer's orders so far. */
  savings: { amount: number; currency_code: string } | null
}

export type AdminAutoshipListItem = Autoship & { customer: { id: string; email: string; first_name: string | null; last_name: string | null } | null }
export type AdminAutoshipListResponse = { autoships: AdminAutoshipListItem[]; count: number; limit: number; offset: number }
export type AdminUpcomingShipmentsResponse = {
  days: { date: string; autoships: number; units: number; variants: { variant_id: string; title: string; sku: string | null; quantity: number }[] }[]
}
export type AutoshipSettingsResponse = { intervals: number[] }

/** GET /store/customers/me/autoships/payment-methods: the customer's saved cards an autoship can be paid with. */
export type AutoshipPaymentMethodsResponse = { payment_methods: { id: string; label: string }[] }
