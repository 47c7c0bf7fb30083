import type { Metadata } from "next"
import Link from "next/link"

import { hasPublishableKey } from "@/lib/config"
import { getClubStatus } from "@/lib/data/club"
import { retrieveCustomer } from "@/lib/data/customer"
import AccountShell from "@/modules/account/components/account-shell"
import ClubBenefits from "@/modules/club/components/club-benefits"
import JoinClubForm from "@/modules/club/components/join-club-form"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"

export const metadata: Metadata = {
  title: "SmartSavings Club",
  description: "Join the free SmartSavings Club for 15% member prices on every supplement.",
  robots: { index: false, follow: false },
}

export default async function ClubPage() {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const customer = await retrieveCustomer()

  if (!customer) {
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <h1 className="font-serif text-3xl font-semibold text-bark-900">SmartSavings Club</h1>
        <ClubBenefits percentOff={15} />
        <section className="rounded-lg border border-leaf-200 bg-leaf-50 p-5">
          <p className="text-bark-900">Log in or create a free account to join the club.</p>
          <Link
            href="/account?next=/account/club"
            className="mt-3 inline-flex rounded-md bg-leaf-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-leaf-800"
          >
            Log in or register
          </Link>
        </section>
      </div>
    )
  }

  const club = await getClubStatus()

  return (
    <AccountShell title="SmartSavings Club" active="club">
      <ClubBenefits percentOff={club.percentOff} />
      <section aria-labelledby="membership-heading" className="rounded-lg border border-leaf-200 bg-leaf-50 p-5">
        <h2 id="membership-heading" className="mb-2 text-lg font-semibold text-bark-900">
          Your membership
        </h2>
        {club.member ? (
          <div data-testid="club-member">
            <p className="font-semibold text-leaf-800">You&apos;re a member of the {club.groupName}.</p>
            <p className="mt-1 text-bark-700">
              Member prices ({club.percentOff}% off) are applied to everything you buy while logged in.
            </p>
          </div>
        ) : club.available ? (
          <div className="flex flex-col gap-3">
            <p className="text-bark-700">You&apos;re not a member yet. Joining is free and takes one click.</p>
            <JoinClubForm />
          </div>
        ) : (
          <p role="alert" className="text-clay-700">
            Club membership can&apos;t be checked right now. Please try again in a moment.
          </p>
        )}
      </section>
    </AccountShell>
  )
}
