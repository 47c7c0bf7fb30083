"use server"

import { redirect } from "next/navigation"
import { z } from "zod"

import { hasPublishableKey } from "@/lib/config"
import { confirmSubscription, setCustomerTopics, setPreferences, subscribe } from "@/lib/data/newsletter"
import { errorInfo, friendlyError, UNREACHABLE_ERROR } from "@/lib/util/errors"
import { emailSchema, formValues, type FormState } from "@/lib/util/forms"
import { linkProblem } from "@/modules/newsletter/utils"

/**
 * The newsletter's Server Actions: sign-up (footer, article, account), the
 * confirmation page's button and the choices made on the preferences page.
 * Like every form here they work without JavaScript, and Next checks their Origin.
 */

export type NewsletterFormState = FormState & { topics?: string[] }

const topicsOf = (formData: FormData) => formData.getAll("topics").map(String).slice(0, 20)
const SOURCES = z.enum(["footer", "article", "account"])

function failure(error: unknown, fallback: string, topics: string[]): NewsletterFormState {
  const { status, message } = errorInfo(error)
  if (status === 429) {
    return { status: "error", message: "Too many sign-ups from your connection. Please try again in a few minutes.", topics }
  }
  if (status === 400) {
    return { status: "error", message: linkProblem(error) ?? "Please check your email address and the newsletters you chose.", topics }
  }
  return { status: "error", message: friendlyError(error, fallback), topics }
}

export async function subscribeToNewsletter(_prev: NewsletterFormState, formData: FormData): Promise<NewsletterFormState> {
  const values = formValues(formData)
  const topics = topicsOf(formData)
  const email = emailSchema.safeParse(values.email ?? "")
  const fieldErrors = {
    ...(email.success ? {} : { email: email.error.issues[0]?.message }),
    ...(topics.length ? {} : { topics: "Choose at least one newsletter" }),
  }
  if (!email.success || !topics.length) {
    return { status: "error", fieldErrors, values: { email: values.email ?? "" }, topics }
  }
  if (!hasPublishableKey()) {
    return { status: "error", message: UNREACHABLE_ERROR, topics }
  }
  try {
    const source = SOURCES.catch("footer").parse(values.source)
    const message = await subscribe({ email: email.data, topics, source })
    return { status: "success", message, topics }
  } catch (error) {
    return { ...failure(error, "We couldn't sign you up. Please try again.", topics), values: { email: email.data } }
  }
}

/**
 * The confirmation page's button: the only thing that confirms. Back to the page, which then shows the
 * subscription, or what is wrong with the link.
 */
export async function confirmNewsletter(formData: FormData): Promise<never> {
  const token = String(formData.get("token") ?? "")
  try {
    await confirmSubscription(token)
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
    const subscription = await setPreferences(token, topics)
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
    const { subscription, link_sent } = await setCustomerTopics(topics)
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
