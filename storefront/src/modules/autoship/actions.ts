"use server"

import {
  AddAutoshipItemBody,
  AddToAutoshipBody,
  AutoshipLinkBody,
  fieldErrorsOf,
  RECORD_ID_PATTERN,
  SetCartLineIntervalBody,
  UpdateAutoshipBody,
  type AutoshipResponse,
  type AutoshipSkipResponse,
} from "@supplement-store/contract"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"

import { existingCartForAction } from "@/lib/data/cart"
import { getAuthHeaders } from "@/lib/data/cookies"
import { readerHeaders } from "@/lib/data/reader"
import { storeSend } from "@/lib/data/store-fetch"
import { errorInfo, friendlyError, isInsufficientInventory, OUT_OF_STOCK_ERROR } from "@/lib/util/errors"
import { formValues, type ActionState, type FieldErrors, type FormState } from "@/lib/util/forms"
import { requireAuthHeaders } from "@/modules/account/guard"
import { addToCart } from "@/modules/cart/actions"
import type { AddToCartState } from "@/modules/cart/components/add-to-cart"
import { getOrCreateCart } from "@/modules/cart/hand-over"
import { formatAutoshipDate } from "@/modules/autoship/utils"

/**
 * Autoship's Server Actions: the product page's purchase choice, a cart line's interval, the account's
 * autoship buttons and change form, and the reminder mail's skip link. Every export here is a public
 * endpoint; each validates with the contract's schemas before it asks the backend.
 */

/** A write to one of our autoship routes with the reader's address (the backend's limits count it) and the session, if any. */
async function send<T>(path: string, { body, headers }: { body?: unknown; headers: Record<string, string> }): Promise<T> {
  return storeSend<T>(path, { body, headers: { ...(await readerHeaders()), ...headers } })
}

/** The first sentence of a refusal: our own routes' words for a 400, a friendly one otherwise. */
function failureMessage(error: unknown, fallback: string): string {
  const { status, type, fields, message } = errorInfo(error)
  if (isInsufficientInventory(error)) {
    return OUT_OF_STOCK_ERROR
  }
  if (type !== null && status === 400) {
    return Object.values(fields)[0] ?? message
  }
  if (status === 404) {
    return "That autoship no longer exists. Please reload the page."
  }
  return friendlyError(error, fallback)
}

const firstIssue = (error: z.ZodError) => error.issues[0]?.message ?? "Please check your choice."

// ---------------------------------------------------------------- product page

/**
 * The product page's "Add to cart": one-time (the cart's own action), a new autoship line in the
 * cart (`purchase=autoship` with `interval_days`), or more of it in an autoship the customer already
 * has (`purchase=existing` with `autoship_id`).
 */
export async function addToCartOrAutoship(prev: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const purchase = formData.get("purchase")
  if (purchase === "autoship") {
    return addAutoshipLine(formData)
  }
  if (purchase === "existing") {
    return addToExistingAutoship(formData)
  }
  return addToCart(prev, formData)
}

async function addAutoshipLine(formData: FormData): Promise<AddToCartState> {
  const parsed = AddAutoshipItemBody.safeParse({
    variant_id: formData.get("variant_id"),
    quantity: formData.get("quantity"),
    interval_days: formData.get("interval_days"),
  })
  if (!parsed.success) {
    return { status: "error", message: firstIssue(parsed.error) }
  }
  try {
    const cart = await getOrCreateCart()
    await send(`/store/carts/${encodeURIComponent(cart.id)}/autoship-items`, {
      body: parsed.data,
      headers: await getAuthHeaders(),
    })
  } catch (error) {
    return { status: "error", message: failureMessage(error, "We couldn't add that to your cart.") }
  }
  refresh()
  return { status: "success", message: "Added to cart with autoship" }
}

async function addToExistingAutoship(formData: FormData): Promise<AddToCartState> {
  const headers = await requireAuthHeaders()
  const parsed = AddToAutoshipBody.safeParse({
    autoship_id: formData.get("autoship_id"),
    variant_id: formData.get("variant_id"),
    quantity: formData.get("quantity"),
  })
  if (!parsed.success) {
    return { status: "error", message: firstIssue(parsed.error) }
  }
  try {
    await send<AutoshipResponse>("/store/customers/me/autoships/items", { body: parsed.data, headers })
  } catch (error) {
    return { status: "error", message: failureMessage(error, "We couldn't add that to your autoship.") }
  }
  return {
    status: "success",
    message: "Added to your autoship",
    link: { href: "/account/autoship", label: "See your autoships" },
  }
}

// ---------------------------------------------------------------- cart

/** A cart line's interval (`line_id`, `interval_days`); an empty interval makes it a one-time purchase. */
export async function setCartLineInterval(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const lineId = String(formData.get("line_id") ?? "")
  const raw = String(formData.get("interval_days") ?? "")
  const parsed = SetCartLineIntervalBody.safeParse({ interval_days: raw === "" ? null : raw })
  if (!parsed.success) {
    return { status: "error", message: firstIssue(parsed.error) }
  }
  const { cart, error: cartError } = await existingCartForAction()
  if (!cart) {
    return { status: "error", message: cartError }
  }
  if (!cart.items?.some((item) => item.id === lineId)) {
    refresh()
    return { status: "error", message: "That item is no longer in your cart." }
  }
  try {
    await send(`/store/carts/${encodeURIComponent(cart.id)}/autoship-items/${encodeURIComponent(lineId)}`, {
      body: parsed.data,
      headers: await getAuthHeaders(),
    })
  } catch (error) {
    return { status: "error", message: failureMessage(error, "We couldn't change that item.") }
  }
  refresh()
  const { interval_days } = parsed.data
  return {
    status: "success",
    message: interval_days === null ? "Now a one-time purchase" : `Now autoship every ${interval_days} days`,
  }
}

// ---------------------------------------------------------------- account

const AUTOSHIP_COMMANDS = ["skip", "order-now", "pause", "resume", "cancel"] as const

const AutoshipCommandForm = z.object({
  id: z.string().regex(RECORD_ID_PATTERN, "Not a valid autoship"),
  command: z.enum(AUTOSHIP_COMMANDS, { error: "Choose what to do" }),
})

function commandSuccess(command: (typeof AUTOSHIP_COMMANDS)[number], { autoship }: AutoshipResponse): string {
  const next = formatAutoshipDate(autoship.next_order_at)
  switch (command) {
    case "skip":
      return `Skipped. Your next delivery is on ${next}.`
    case "order-now": {
      const placed = [...autoship.cycles]
        .sort((a, b) => b.created_at.localeCompare(a.created_at))
        .find((cycle) => cycle.outcome === "placed" && cycle.order_display_id !== null)
      return placed
        ? `Order #${placed.order_display_id} is placed. The next delivery is on ${next}.`
        : `Your order is placed. The next delivery is on ${next}.`
    }
    case "pause":
      return "Paused. Nothing ships until you resume."
    case "resume":
      return `Resumed. Your next delivery is on ${next}.`
    case "cancel":
      return "Cancelled."
  }
}

/** One of an autoship's buttons (`id`, `command`: skip, order-now, pause, resume, cancel). */
export async function runAutoshipCommand(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const headers = await requireAuthHeaders()
  const parsed = AutoshipCommandForm.safeParse({ id: formData.get("id"), command: formData.get("command") })
  if (!parsed.success) {
    return { status: "error", message: firstIssue(parsed.error) }
  }
  const { id, command } = parsed.data
  let answer: AutoshipResponse
  try {
    answer = await send<AutoshipResponse>(`/store/customers/me/autoships/${encodeURIComponent(id)}/${command}`, { headers })
  } catch (error) {
    return { status: "error", message: failureMessage(error, "That didn't work. Please try again.") }
  }
  if (command === "cancel") {
    // Away from the confirmation (`?confirm=cancel`) to the list, which says what happened.
    redirect("/account/autoship?cancelled=1")
  }
  refresh()
  return { status: "success", message: commandSuccess(command, answer) }
}

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "company",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const

/** The contract names nested fields `shipping_address.city`; the form's address fields are plain `city`. */
function formFieldErrors(fields: FieldErrors): FieldErrors {
  const errors: FieldErrors = {}
  for (const [field, message] of Object.entries(fields)) {
    errors[field.replace(/^shipping_address\./, "")] ??= message
  }
  return errors
}

/**
 * The change form of one autoship (`id`): `interval_days`, `lines.N.id` with `lines.N.quantity`
 * (0 removes the line) and the shipping address's fields.
 */
export async function updateAutoship(_prev: FormState, formData: FormData): Promise<FormState> {
  const headers = await requireAuthHeaders()
  const values = formValues(formData)
  const id = values.id ?? ""
  if (!RECORD_ID_PATTERN.test(id)) {
    return { status: "error", message: "Not a valid autoship." }
  }
  const lineCount = Object.keys(values).filter((key) => /^lines\.\d+\.id$/.test(key)).length
  const address = Object.fromEntries(
    ADDRESS_FIELDS.map((field) => [field, values[field]?.trim() || undefined]).filter(([, value]) => value !== undefined)
  )
  const parsed = UpdateAutoshipBody.safeParse({
    interval_days: values.interval_days || undefined,
    lines: Array.from({ length: lineCount }, (_, index) => ({
      id: values[`lines.${index}.id`],
      quantity: values[`lines.${index}.quantity`],
    })),
    shipping_address: address,
  })
  if (!parsed.success) {
    const fieldErrors = formFieldErrors(fieldErrorsOf(parsed.error))
    return { status: "error", message: fieldErrors.body ?? "Please correct the highlighted fields.", fieldErrors, values }
  }
  try {
    await send<AutoshipResponse>(`/store/customers/me/autoships/${encodeURIComponent(id)}`, { body: parsed.data, headers })
  } catch (error) {
    const { fields } = errorInfo(error)
    return {
      status: "error",
      message: failureMessage(error, "We couldn't save your changes. Please try again."),
      fieldErrors: formFieldErrors(fields),
      values,
    }
  }
  refresh()
  return { status: "success", message: "Your changes are saved." }
}

// ---------------------------------------------------------------- reminder mail

/** The skip page's button: the signed `token` of a reminder mail is the proof, no login needed. */
export async function skipFromReminder(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = AutoshipLinkBody.safeParse({ token: formData.get("token") })
  if (!parsed.success) {
    return { status: "error", message: firstIssue(parsed.error) }
  }
  try {
    const { autoship } = await send<AutoshipSkipResponse>("/store/autoships/skip", { body: parsed.data, headers: {} })
    return { status: "success", message: `Skipped. Your next delivery is on ${formatAutoshipDate(autoship.next_order_at)}.` }
  } catch (error) {
    const { status } = errorInfo(error)
    if (status === 401 || status === 403 || status === 404) {
      return {
        status: "error",
        message: "This link is not valid any more. Please use the link from your latest email, or log in to manage your autoship.",
      }
    }
    return { status: "error", message: failureMessage(error, "We couldn't skip that delivery. Please try again.") }
  }
}
