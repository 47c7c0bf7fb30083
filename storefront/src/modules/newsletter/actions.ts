"use server"

import {
  type CustomerNewsletterResponse,
  type SubscribeResponse,
  type SubscriptionResponse,
} from "@supplement-store/contract"
import { redirect } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/cookies"
import { readerHeaders } from "@/lib/data/reader"
import { storeSend } from "@/lib/data/store-fetch"
import { errorInfo, friendlyError, UNREACHABLE_ERROR } from "@/lib/util/errors"
import { fieldErrorsOf, formValues, type FormState } from "@/lib/util/forms"
import { parseSignupForm } from "@/modules/newsletter/signup-request"
import { linkProblem } from "@/modules/newsletter/utils"

/**
 * The newsletter's Server Actions: sign-up (footer, article, account), the
 * confirmation page's button, the choices made on the preferences page, and
 * the one-click unsubscribe of mail clients. Like every form here they work
 * without JavaScript, and Next checks their Origin. Every call carries the
 * reader's address, which the backend's limits count.
 */

export type NewsletterFormState = FormState & { topics?: string[] }

const topicsOf = (formData: FormData) => formData.getAll("topics").map(String).slice(0, 20)

async function send<T>(path: string, body: Record<string, unknown>, account = false): Promise<T> {
  const headers = { ...(await readerHeaders()), ...(account ? await getAuthHeaders() : {}) }
  return storeSend<T>(path, { body, headers })
}

function failure(error: unknown, fallback: string, topics: string[]): NewsletterFormState {
  const { status, fields } = errorInfo(error)
  if (status === 429) {
    return { status: "error", message: "Too many sign-ups from your connection. Please try again in a few minutes.", topics }
  }
  if (status === 400) {
    const { token, ...others } = fields
    return { status: "error", message: token ?? "Please check your email address and the newsletters you chose.", fieldErrors: others, topics }
  }
  return { status: "error", message: friendlyError(error, fallback), topics }
}

export async function subscribeToNewsletter(_prev: NewsletterFormState, formData: FormData): Promise<NewsletterFormState> {
  const values = formValues(formData)
  const topics = topicsOf(formData)
  const parsed = parseSignupForm(values, topics)
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: { email: values.email ?? "" }, topics }
  }
  if (!hasPublishableKey()) {
    return { status: "error", message: UNREACHABLE_ERROR, topics }
  }
  try {
    // Signed in, the account goes along: the backend then knows who asked.
    const { message } = await send<SubscribeResponse>("/store/newsletter", parsed.data, true)
    return { status: "success", message, topics }
  } catch (error) {
    return { ...failure(error, "We couldn't sign you up. Please try again.", topics), values: { email: parsed.data.email } }
  }
}

/**
 * The confirmation page's button: the only thing that confirms. Back to the page, which then shows the
 * subscription, or what is wrong with the link.
 */
export async function confirmNewsletter(formData: FormData): Promise<never> {
  const token = String(formData.get("token") ?? "")
  try {
    await send<SubscriptionResponse>("/store/newsletter/confirm", { token })
  } catch (error) {
    if (!linkProblem(error)) {
      throw error
    }
  }
  redirect(`/newsletter/confirm?token=${encodeURIComponent(token)}`)
}

/** The preferences page: save the ticked topics, or leave every newsletter. */
export async function saveNewsletterPreferences(_prev: NewsletterFormState, formData: FormData): Promise<NewsletterFormState> {
  const token = String(formData.get("token") ?? "")
  const topics = formData.get("intent") === "unsubscribe" ? [] : topicsOf(formData)
  try {
    const { subscription } = await send<SubscriptionResponse>("/store/newsletter/preferences", { token, topics })
    return {
      status: "success",
      topics: subscription.topics,
      message: subscription.topics.length ? "Your newsletter choices are saved." : "You are unsubscribed. We won't email you newsletters again.",
    }
  } catch (error) {
    return failure(error, "We couldn't save your choices. Please try again.", topics)
  }
}

/**
 * The account page: a subscription the reader connected to this account from their mailbox changes at
 * once; any other change waits for the link mailed to the address.
 */
export async function saveAccountNewsletter(_prev: NewsletterFormState, formData: FormData): Promise<NewsletterFormState> {
  const topics = topicsOf(formData)
  try {
    const { subscription, link_sent } = await send<CustomerNewsletterResponse>("/store/customers/me/newsletter", { topics }, true)
    return {
      status: "success",
      topics: link_sent ? topics : subscription.topics,
      message: link_sent
        ? "Check your inbox: we emailed you a link, and the change applies once you click it."
        : subscription.topics.length
          ? "Your newsletter choices are saved."
          : "You are not subscribed to any newsletter.",
    }
  } catch (error) {
    return failure(error, "We couldn't save your choices. Please try again.", topics)
  }
}

/**
 * Mail clients' one-click unsubscribe (RFC 8058), posted to app/newsletter/unsubscribe: the signed
 * token is all it needs.
 */
export async function unsubscribeByLink(token: string): Promise<void> {
  await send<SubscriptionResponse>("/store/newsletter/unsubscribe", { token })
}
