import { DEFAULT_AUTOSHIP_INTERVALS } from "@supplement-store/contract"
import type { Metadata } from "next"
import Link from "next/link"

import { getAutoshipPlan, listAutoships } from "@/lib/data/autoship"
import AccountShell from "@/modules/account/components/account-shell"
import { requireCustomer } from "@/modules/account/guard"
import AutoshipCard from "@/modules/autoship/components/autoship-card"
import CancelAutoshipConfirmation from "@/modules/autoship/components/cancel-autoship-confirmation"
import FormMessage from "@/modules/common/components/form/form-message"

export const metadata: Metadata = {
  title: "Your autoships",
  description: "Skip, change, pause or cancel your autoship deliveries.",
  robots: { index: false, follow: false },
}

type AutoshipPageProps = {
  searchParams: Promise<{ confirm?: string | string[]; id?: string | string[]; cancelled?: string | string[] }>
}

export default async function AutoshipPage({ searchParams }: AutoshipPageProps) {
  await requireCustomer()
  const [{ confirm, id, cancelled }, autoships, plan] = await Promise.all([searchParams, listAutoships(), getAutoshipPlan()])
  const intervals = plan?.intervals ?? [...DEFAULT_AUTOSHIP_INTERVALS]
  const toCancel = confirm === "cancel" ? autoships.find((autoship) => autoship.id === id && autoship.status !== "cancelled") : undefined
  // Active ones first, cancelled ones last: they are history.
  const sorted = [...autoships].sort((a, b) => Number(a.status === "cancelled") - Number(b.status === "cancelled"))

  return (
    <AccountShell title="Your autoships" active="autoship">
      {cancelled === "1" ? <FormMessage status="success" message="Your autoship is cancelled." /> : null}
      {toCancel ? <CancelAutoshipConfirmation autoship={toCancel} /> : null}
      {sorted.length === 0 ? (
        <section className="rounded-lg border border-leaf-200 bg-leaf-50 p-5">
          <p className="text-bark-900">You have no autoship yet.</p>
          <p className="mt-1 text-bark-700">
            Choose &ldquo;Autoship &amp; save&rdquo; on any product: it ships again on your schedule, at member prices, with free standard
            shipping.{" "}
            <Link href="/store" className="font-medium text-leaf-700 underline">
              Browse the store
            </Link>
          </p>
        </section>
      ) : (
        sorted.map((autoship) => <AutoshipCard key={autoship.id} autoship={autoship} intervals={intervals} />)
      )}
    </AccountShell>
  )
}
