import { DEFAULT_AUTOSHIP_INTERVALS, type ClubMembershipResponse } from "@supplement-store/contract"
import type { Metadata } from "next"
import Link from "next/link"

import { hasPublishableKey } from "@/lib/config"
import { getAutoshipPlan, getClubMembership } from "@/lib/data/autoship"
import { retrieveCustomer } from "@/lib/data/customer"
import { formatAmount } from "@/lib/util/money"
import AccountShell from "@/modules/account/components/account-shell"
import ClubBenefits from "@/modules/autoship/components/club-benefits"
import { formatAutoshipDate } from "@/modules/autoship/utils"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"

export const metadata: Metadata = {
  title: "SmartSavings Club",
  description: "Start an autoship on any supplement and save on everything with member prices.",
  robots: { index: false, follow: false },
}

/** Until the plan is read: the club's usual discount. */
const DEFAULT_PERCENT_OFF = 15

function HowToJoin() {
  return (
    <div className="flex flex-col gap-3">
      <p className="text-bark-700">
        To join, pick &ldquo;Autoship &amp; save&rdquo; on any product and check out. Your membership starts with your first
        autoship order.
      </p>
      <div>
        <Link
          href="/store"
          className="inline-flex rounded-md bg-leaf-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-leaf-800"
        >
          Find a product to autoship
        </Link>
      </div>
    </div>
  )
}

function Membership({ club }: { club: ClubMembershipResponse }) {
  if (!club.member) {
    return (
      <div className="flex flex-col gap-3" data-testid="club-non-member">
        <p className="text-bark-900">You&apos;re not a member yet.</p>
        <HowToJoin />
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-2" data-testid="club-member">
      <p className="font-semibold text-leaf-800">You&apos;re a member of the {club.group.name}.</p>
      <p className="text-bark-700">
        Member prices ({club.percent_off}% off) apply to everything you buy while logged in.{" "}
        {club.active_autoships > 0
          ? `You have ${club.active_autoships} active ${club.active_autoships === 1 ? "autoship" : "autoships"}.`
          : "Your autoships are paused."}
      </p>
      {club.member_until ? (
        <p className="text-bark-700">
          Your membership runs until {formatAutoshipDate(club.member_until)} unless you resume an autoship.
        </p>
      ) : null}
      {club.savings && club.savings.amount > 0 ? (
        <p className="text-bark-700" data-testid="club-savings">
          Member prices have saved you {formatAmount(club.savings.amount, club.savings.currency_code)} so far.
        </p>
      ) : null}
      <p>
        <Link href="/account/autoship" className="font-medium text-leaf-700 underline">
          Manage your autoships
        </Link>
      </p>
    </div>
  )
}

export default async function ClubPage() {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const [customer, plan] = await Promise.all([retrieveCustomer(), getAutoshipPlan()])
  const intervals = plan?.intervals ?? [...DEFAULT_AUTOSHIP_INTERVALS]

  if (!customer) {
    const percentOff = plan?.percent_off ?? DEFAULT_PERCENT_OFF
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <h1 className="font-serif text-3xl font-semibold text-bark-900">SmartSavings Club</h1>
        <ClubBenefits percentOff={percentOff} intervals={intervals} />
        <section className="rounded-lg border border-leaf-200 bg-leaf-50 p-5">
          <HowToJoin />
          <p className="mt-3 text-sm text-bark-700">
            Already a member?{" "}
            <Link href="/account?next=/account/club" className="font-medium text-leaf-700 underline">
              Log in
            </Link>
          </p>
        </section>
      </div>
    )
  }

  const club = await getClubMembership()

  return (
    <AccountShell title="SmartSavings Club" active="club">
      <ClubBenefits percentOff={club?.percent_off ?? plan?.percent_off ?? DEFAULT_PERCENT_OFF} intervals={intervals} />
      <section aria-labelledby="membership-heading" className="rounded-lg border border-leaf-200 bg-leaf-50 p-5">
        <h2 id="membership-heading" className="mb-2 text-lg font-semibold text-bark-900">
          Your membership
        </h2>
        {club ? (
          <Membership club={club} />
        ) : (
          <p role="alert" className="text-clay-700">
            Club membership can&apos;t be checked right now. Please try again in a moment.
          </p>
        )}
      </section>
    </AccountShell>
  )
}
