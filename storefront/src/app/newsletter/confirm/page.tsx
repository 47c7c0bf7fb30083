import type { Metadata } from "next"
import Link from "next/link"

import { hasPublishableKey } from "@/lib/config"
import { confirmSubscription, listNewsletterTopics } from "@/lib/data/newsletter"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import LinkProblem from "@/modules/newsletter/components/link-problem"
import SubscriptionStatus from "@/modules/newsletter/components/subscription-status"
import { followLink, tokenParam } from "@/modules/newsletter/utils"

export const metadata: Metadata = {
  title: "Confirm your subscription",
  robots: { index: false, follow: false },
}

type ConfirmPageProps = { searchParams: Promise<{ token?: string | string[] }> }

/** Where the confirmation email's link leads: following it is the reader's consent. */
export default async function ConfirmPage({ searchParams }: ConfirmPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const { token } = await searchParams
  const confirmed = await followLink(() => confirmSubscription(tokenParam(token)))
  if ("problem" in confirmed) {
    return <LinkProblem message={confirmed.problem} />
  }
  const subscription = confirmed.result
  const topics = await listNewsletterTopics()
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="font-serif text-3xl font-semibold text-bark-900">You&apos;re subscribed</h1>
      <SubscriptionStatus subscription={subscription} topics={topics} />
      <p className="text-bark-700">Every newsletter ends with a link to change your topics or unsubscribe in one click.</p>
      <Link href="/news" className="font-semibold text-leaf-700 hover:underline">
        Read the latest news →
      </Link>
    </div>
  )
}
