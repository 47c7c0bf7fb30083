import type { Metadata } from "next"

import { hasPublishableKey } from "@/lib/config"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import UnfollowForm from "@/modules/forums/components/unfollow-form"
import { tokenParam } from "@/modules/newsletter/utils"

export const metadata: Metadata = {
  title: "Stop following a thread",
  robots: { index: false, follow: false },
}

type PageProps = { searchParams: Promise<{ token?: string | string[] }> }

/** Where the unfollow link of a forum digest leads. */
export default async function UnfollowForumThreadPage({ searchParams }: PageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const token = tokenParam((await searchParams).token)
  return (
    <div className="mx-auto max-w-xl">
      {token ? (
        <UnfollowForm token={token} />
      ) : (
        <>
          <h1 className="font-serif text-3xl font-semibold text-bark-900">This link didn&apos;t work</h1>
          <p role="alert" className="mt-4 text-bark-700">
            This link is not valid. Please use the link from your latest email.
          </p>
        </>
      )}
    </div>
  )
}
