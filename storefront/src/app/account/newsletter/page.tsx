import type { Metadata } from "next"
import { redirect } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { retrieveCustomer } from "@/lib/data/customer"
import { getCustomerSubscription } from "@/lib/data/newsletter"
import AccountShell from "@/modules/account/components/account-shell"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import { saveAccountNewsletter } from "@/modules/newsletter/actions"
import SubscriptionStatus from "@/modules/newsletter/components/subscription-status"
import TopicsForm from "@/modules/newsletter/components/topics-form"

export const metadata: Metadata = {
  title: "Newsletters",
  robots: { index: false, follow: false },
}

/** Shows only a subscription the reader connected to this account by a click in their mailbox. */
export default async function AccountNewsletterPage() {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect("/account?next=/account/newsletter")
  }
  const { subscription, topics } = await getCustomerSubscription()
  return (
    <AccountShell title="Newsletters" active="newsletter">
      <SubscriptionStatus subscription={subscription} topics={topics} />
      {subscription.status === "none" && (
        <p className="text-bark-700">
          Newsletters you choose here start once you click the link we email to {customer.email}.
        </p>
      )}
      <TopicsForm topics={topics} checked={subscription.topics} action={saveAccountNewsletter} />
    </AccountShell>
  )
}
