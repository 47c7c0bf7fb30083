"use server"

import { CreateStockAlertBody, Email, type StockAlertResponse, type StockAlertTokenResponse } from "@supplement-store/contract"
import { redirect } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/cookies"
import { readerHeaders } from "@/lib/data/reader"
import { storeSend } from "@/lib/data/store-fetch"
import { errorInfo, friendlyError, tooManyRequests, UNREACHABLE_ERROR } from "@/lib/util/errors"
import { formValues, type FormState } from "@/lib/util/forms"
import { linkProblem } from "@/modules/newsletter/utils"

// ---------------------------------------------------------------- back-in-stock alerts

/**
 * "Email me when it's back" on a sold-out variant, and the buttons of the pages its mail links open.
 * A logged-in customer's account goes along (the backend then uses the account's address); a guest
 * gives an address and confirms it from the mail. Every call carries the reader's address, which the
 * backend's limits count.
 */

export type StockAlertFormState = FormState<{ email: string }>

export async function requestStockAlert(_prev: StockAlertFormState, formData: FormData): Promise<StockAlertFormState> {
  const values = formValues(formData)
  const auth = await getAuthHeaders()
  const asCustomer = "authorization" in auth
  const email = asCustomer ? undefined : Email.safeParse(values.email ?? "")
  if (email && !email.success) {
    return { status: "error", fieldErrors: { email: email.error.issues[0]?.message }, values: { email: values.email ?? "" } }
  }
  const body = CreateStockAlertBody.safeParse({ variant_id: values.variant_id, ...(email ? { email: email.data } : {}) })
  if (!body.success) {
    return { status: "error", message: body.error.issues[0]?.message ?? "Choose a product option" }
  }
  if (!hasPublishableKey()) {
    return { status: "error", message: UNREACHABLE_ERROR }
  }
  try {
    const { status } = await storeSend<StockAlertResponse>("/store/stock-alerts", { body: body.data, headers: { ...(await readerHeaders()), ...auth } })
    return {
      status: "success",
      message:
        status === "waiting"
          ? "Done: we'll email you at your account's address as soon as it's back."
          : "Check your inbox: click the link we sent to confirm, and we'll email you as soon as it's back.",
    }
  } catch (error) {
    const { status, fields, message } = errorInfo(error)
    if (status === 429) {
      return { status: "error", message: tooManyRequests(error), values: { email: values.email ?? "" } }
    }
    if (status === 400) {
      const { email: emailError, ...others } = fields
      return {
        status: "error",
        fieldErrors: emailError ? { email: emailError } : undefined,
        message: Object.values(others)[0] ?? (emailError ? undefined : message),
        values: { email: values.email ?? "" },
      }
    }
    return { status: "error", message: friendlyError(error, "We couldn't save your alert. Please try again."), values: { email: values.email ?? "" } }
  }
}

/** The confirm and cancel pages' buttons: act on the link, then back to the page, which shows where the alert stands. */
async function followStockAlertLink(purpose: "confirm" | "cancel", formData: FormData): Promise<never> {
  const token = String(formData.get("token") ?? "")
  try {
    await storeSend<StockAlertTokenResponse>(`/store/stock-alerts/${purpose}`, { body: { token }, headers: await readerHeaders() })
  } catch (error) {
    if (!linkProblem(error)) {
      throw error
    }
  }
  redirect(`/stock-alerts/${purpose}?token=${encodeURIComponent(token)}`)
}

export async function confirmStockAlert(formData: FormData): Promise<never> {
  return followStockAlertLink("confirm", formData)
}

export async function cancelStockAlert(formData: FormData): Promise<never> {
  return followStockAlertLink("cancel", formData)
}
