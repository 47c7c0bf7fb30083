import "server-only"

import { cacheTags, type NewsletterTopicOption, type NewsletterTopicsResponse, type PreferencesResponse, type SubscriptionResponse } from "@supplement-store/contract"

import { getAuthHeaders } from "@/lib/data/cookies"
import { readerHeaders } from "@/lib/data/reader"
import { storeGet, storeSend } from "@/lib/data/store-fetch"

/**
 * The newsletter's reads (the writes are the Server Actions in modules/newsletter/actions.ts). Links
 * from emails carry a signed token; the backend checks it and answers 400 naming `token`, with a
 * reader-facing sentence, when it is expired or altered. Nothing but the topic list is cached. Every
 * call carries the reader's address (`readerHeaders`): the backend limits each reader, so one
 * hammering a link cannot lock the others out.
 */

export type { NewsletterTopicOption as NewsletterTopic, PublicSubscription as Subscription } from "@supplement-store/contract"

export async function listNewsletterTopics(): Promise<NewsletterTopicOption[]> {
  const { topics } = await storeGet<NewsletterTopicsResponse>("/store/newsletter", {}, [cacheTags.newsletterTopics])
  return topics
}

/** What a confirmation link would confirm; reading it changes nothing (mail scanners open links). */
export async function getConfirmation(token: string) {
  const { subscription } = await storeSend<SubscriptionResponse>("/store/newsletter/confirm", {
    method: "GET",
    query: { token },
    headers: await readerHeaders(),
  })
  return subscription
}

export async function getPreferences(token: string): Promise<PreferencesResponse> {
  return storeSend("/store/newsletter/preferences", { method: "GET", query: { token }, headers: await readerHeaders() })
}

export async function getCustomerSubscription(): Promise<PreferencesResponse> {
  return storeSend("/store/customers/me/newsletter", {
    method: "GET",
    headers: { ...(await readerHeaders()), ...(await getAuthHeaders()) },
  })
}
