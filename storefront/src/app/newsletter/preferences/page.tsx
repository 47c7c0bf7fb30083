import type { Metadata } from "next"

import { hasPublishableKey } from "@/lib/config"
import { getPreferences } from "@/lib/data/newsletter"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import { saveNewsletterPreferences } from "@/modules/newsletter/actions"
import LinkProblem from "@/modules/newsletter/components/link-problem"
import SubscriptionStatus from "@/modules/newsletter/components/subscription-status"
import TopicsForm from "@/modules/newsletter/components/topics-form"
import { followLink, tokenParam } from "@/modules/newsletter/utils"

export const metadata: Metadata = {
  title: "Newsletter preferences",
  robots: { index: false, follow: false },
}

type PreferencesPageProps = { searchParams: Promise<{ token?: string | string[] }> }

/** Reached from any newsletter email: change topics or unsubscribe, no login needed. */
export default async function PreferencesPage({ searchParams }: PreferencesPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const token = tokenParam((await searchParams).token)
  const preferences = await followLink(() => getPreferences(token))
  if ("problem" in preferences) {
    return <LinkProblem message={preferences.problem} />
  }
  const { subscription, topics } = preferences.result
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-5">
      <h1 className="font-serif text-3xl font-semibold text-bark-900">Newsletter preferences</h1>
      <p className="text-bark-700">For {subscription.email}</p>
      <SubscriptionStatus subscription={subscription} topics={topics} />
      <TopicsForm topics={topics} checked={subscription.topics} action={saveNewsletterPreferences} token={token} canUnsubscribe />
    </div>
  )
}
