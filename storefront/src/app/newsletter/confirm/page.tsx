import type { Metadata } from "next"
import Link from "next/link"

import { hasPublishableKey } from "@/lib/config"
import { getConfirmation, listNewsletterTopics } from "@/lib/data/newsletter"
import SubmitButton from "@/modules/common/components/form/submit-button"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import { confirmNewsletter } from "@/modules/newsletter/actions"
import LinkProblem from "@/modules/newsletter/components/link-problem"
import SubscriptionStatus from "@/modules/newsletter/components/subscription-status"
import { followLink, tokenParam } from "@/modules/newsletter/utils"

export const metadata: Metadata = {
  title: "Confirm your subscription",
  robots: { index: false, follow: false },
}

type ConfirmPageProps = { searchParams: Promise<{ token?: string | string[] }> }

/**
 * Where the confirmation email's link leads. Opening it changes nothing, since mail scanners open links
 * too: the reader's press of the button is their consent.
 */
export default async function ConfirmPage({ searchParams }: ConfirmPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const token = tokenParam((await searchParams).token)
  const confirmation = await followLink(() => getConfirmation(token))
  if ("problem" in confirmation) {
    return <LinkProblem message={confirmation.problem} />
  }
  const subscription = confirmation.result
  const topics = await listNewsletterTopics()
  if (subscription.status === "confirmed" && !subscription.awaiting_confirmation.length) {
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
  if (!subscription.awaiting_confirmation.length) {
    return <LinkProblem message="This link has nothing left to confirm: it was used after a later unsubscribe." />
  }
  const asked = topics.filter((topic) => subscription.awaiting_confirmation.includes(topic.handle)).map((topic) => topic.title)
  return (
    <form action={confirmNewsletter} className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="font-serif text-3xl font-semibold text-bark-900">Confirm your subscription</h1>
      <p className="text-bark-700">
        For {subscription.email}: <strong>{asked.join(", ")}</strong>.
      </p>
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton pendingText="Confirming…">Yes, subscribe me</SubmitButton>
      </div>
    </form>
  )
}
