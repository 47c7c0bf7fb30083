import "server-only"

import { requirePublishableKey } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/cookies"
import { readerHeaders } from "@/lib/data/reader"
import { storeGet } from "@/lib/data/store-fetch"
import { sdk } from "@/lib/sdk"

/**
 * The newsletter's data layer: the only place the storefront talks to the
 * backend's /store/newsletter routes. Links from emails carry a signed token;
 * the backend checks it and answers 400 with a reader-facing message when it
 * is expired or altered. Nothing but the topic list is cached. Every call
 * carries the reader's address (`readerHeaders`): the backend limits each
 * reader, so one hammering a link cannot lock the others out.
 */

export type NewsletterTopic = { handle: string; title: string }

export type Subscription = {
  email: string | null
  status: "none" | "pending" | "confirmed" | "unsubscribed"
  topics: string[]
  /** Topics asked for but not yet confirmed by email. */
  awaiting_confirmation: string[]
}

type SubscriptionResponse = { subscription: Subscription }

export async function listNewsletterTopics(): Promise<NewsletterTopic[]> {
  const { topics } = await storeGet<{ topics: NewsletterTopic[] }>("/store/newsletter", {}, ["newsletter"])
  return topics
}

async function post<T>(path: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
  requirePublishableKey()
  return sdk.client.fetch<T>(path, { method: "POST", body, headers: { ...(await readerHeaders()), ...headers }, cache: "no-store" })
}

/** Always answers the same message, whoever the address belongs to. */
export async function subscribe(input: {
  email: string
  topics: string[]
  source: "footer" | "article" | "checkout" | "account"
}): Promise<string> {
  const { message } = await post<{ message: string }>("/store/newsletter", input, await getAuthHeaders())
  return message
}

/** What a confirmation link would confirm; reading it changes nothing (mail scanners open links). */
export async function getConfirmation(token: string): Promise<Subscription> {
  requirePublishableKey()
  const { subscription } = await sdk.client.fetch<SubscriptionResponse>("/store/newsletter/confirm", {
    method: "GET",
    query: { token },
    headers: await readerHeaders(),
    cache: "no-store",
  })
  return subscription
}

/** Only the confirmation page's button calls this. */
export async function confirmSubscription(token: string): Promise<Subscription> {
  return (await post<SubscriptionResponse>("/store/newsletter/confirm", { token })).subscription
}

export async function getPreferences(token: string): Promise<{ subscription: Subscription; topics: NewsletterTopic[] }> {
  requirePublishableKey()
  return sdk.client.fetch("/store/newsletter/preferences", {
    method: "GET",
    query: { token },
    headers: await readerHeaders(),
    cache: "no-store",
  })
}

/** An empty list unsubscribes. */
export async function setPreferences(token: string, topics: string[]): Promise<Subscription> {
  return (await post<SubscriptionResponse>("/store/newsletter/preferences", { token, topics })).subscription
}

export async function unsubscribe(token: string): Promise<Subscription> {
  return (await post<SubscriptionResponse>("/store/newsletter/unsubscribe", { token })).subscription
}

export async function getCustomerSubscription(): Promise<{ subscription: Subscription; topics: NewsletterTopic[] }> {
  requirePublishableKey()
  return sdk.client.fetch("/store/customers/me/newsletter", {
    method: "GET",
    headers: { ...(await readerHeaders()), ...(await getAuthHeaders()) },
    cache: "no-store",
  })
}

/**
 * A subscription this account's owner connected from their mailbox changes at once; any other change
 * is mailed to the address as a link to confirm (`link_sent`).
 */
export async function setCustomerTopics(topics: string[]): Promise<{ subscription: Subscription; link_sent: boolean }> {
  return post("/store/customers/me/newsletter", { topics }, await getAuthHeaders())
}
