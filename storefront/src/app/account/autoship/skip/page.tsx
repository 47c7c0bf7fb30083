import { AutoshipLinkBody } from "@supplement-store/contract"
import type { Metadata } from "next"
import Link from "next/link"

import { hasPublishableKey } from "@/lib/config"
import SkipReminderForm from "@/modules/autoship/components/skip-reminder-form"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Notice from "@/modules/common/components/notice"

export const metadata: Metadata = {
  title: "Skip your next autoship delivery",
  robots: { index: false, follow: false },
}

type SkipPageProps = { searchParams: Promise<{ token?: string | string[] }> }

/**
 * Where a reminder mail's "Skip" link leads, for logged-out readers too (the signed token is the proof).
 * Opening it changes nothing, since mail scanners open links too: only the button skips.
 */
export default async function SkipPage({ searchParams }: SkipPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const raw = (await searchParams).token
  const parsed = AutoshipLinkBody.safeParse({ token: typeof raw === "string" ? raw : "" })
  if (!parsed.success) {
    return (
      <Notice title="This link doesn't work" tone="warning">
        <p>{parsed.error.issues[0]?.message}</p>
        <p>
          <Link href="/account/autoship" className="font-medium text-leaf-700 underline">
            Log in to manage your autoship
          </Link>
        </p>
      </Notice>
    )
  }
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="font-serif text-3xl font-semibold text-bark-900">Skip your next autoship delivery?</h1>
      <p className="text-bark-700">
        This skips only the delivery your reminder email is about: nothing ships this time, and the one after ships on its usual schedule.
        Your autoship and your member prices stay as they are.
      </p>
      <SkipReminderForm token={parsed.data.token} />
    </div>
  )
}
