"use server"

import { fieldErrorsOf } from "@supplement-store/contract"

import { hasPublishableKey } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/cookies"
import { readerHeaders } from "@/lib/data/reader"
import { storeSend } from "@/lib/data/store-fetch"
import { errorInfo, friendlyError, UNREACHABLE_ERROR } from "@/lib/util/errors"
import { formValues, type FormState } from "@/lib/util/forms"
import { parseContactForm } from "@/modules/contact/contact-request"

/**
 * Sends a contact or partner form (works without JavaScript). The reader's address and, when signed
 * in, their account go along: the backend's limits count both.
 */
export async function sendContactMessage(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData)
  const parsed = parseContactForm(values)
  if (!parsed.success) {
    return { status: "error", message: "Please check the fields marked below.", fieldErrors: fieldErrorsOf(parsed.error), values }
  }
  if (!hasPublishableKey()) {
    return { status: "error", message: UNREACHABLE_ERROR, values }
  }
  try {
    await storeSend("/store/contact-messages", { body: parsed.data, headers: { ...(await readerHeaders()), ...(await getAuthHeaders()) } })
    return { status: "success", message: "Thank you: your message was sent. We answer within two business days, and a copy is on its way to your inbox." }
  } catch (error) {
    const { status, fields } = errorInfo(error)
    if (status === 429) {
      return { status: "error", message: "Too many messages from your connection. Please try again in an hour, or call us.", values }
    }
    if (status === 400) {
      return { status: "error", message: "Please check the fields marked below.", fieldErrors: fields, values }
    }
    return { status: "error", message: friendlyError(error, "We couldn't send your message. Please try again."), values }
  }
}
