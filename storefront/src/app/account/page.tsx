import type { Metadata } from "next"
import Link from "next/link"

import { hasPublishableKey } from "@/lib/config"
import { getClubMembership } from "@/lib/data/autoship"
import { retrieveCustomer } from "@/lib/data/customer"
import { listCustomerOrders } from "@/lib/data/orders"
import { safeNextPath } from "@/lib/util/next-path"
import AccountShell from "@/modules/account/components/account-shell"
import LoginForm from "@/modules/account/components/login-form"
import OrdersTable from "@/modules/account/components/orders-table"
import ProfileForm from "@/modules/account/components/profile-form"
import RegisterForm from "@/modules/account/components/register-form"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"

export const metadata: Metadata = {
  title: "Your account",
  description: "Log in or create an account to track orders, save addresses and manage your autoships.",
  robots: { index: false, follow: false },
}

type AccountPageProps = {
  searchParams: Promise<{ next?: string | string[] }>
}

export default async function AccountPage({ searchParams }: AccountPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const customer = await retrieveCustomer()

  if (!customer) {
    const raw = (await searchParams).next
    const next = typeof raw === "string" ? safeNextPath(raw) : undefined
    return (
      <div className="flex flex-col gap-6">
        <h1 className="font-serif text-3xl font-semibold text-bark-900">Your account</h1>
        <div className="grid gap-6 md:grid-cols-2">
          <div className="rounded-lg border border-sand-200 bg-white p-5">
            <LoginForm next={next} />
          </div>
          <div className="rounded-lg border border-sand-200 bg-white p-5">
            <RegisterForm next={next} />
          </div>
        </div>
      </div>
    )
  }

  const [{ orders }, club] = await Promise.all([listCustomerOrders(1), getClubMembership()])
  const recent = orders.slice(0, 3)

  return (
    <AccountShell
      title="Your account"
      active="overview"
      intro={<p>Hello, {customer.first_name || customer.email}!</p>}
    >
      <section className="rounded-lg border border-sand-200 bg-white p-5">
        <ProfileForm
          email={customer.email}
          firstName={customer.first_name ?? ""}
          lastName={customer.last_name ?? ""}
          phone={customer.phone ?? ""}
        />
      </section>

      <section aria-labelledby="club-summary-heading" className="rounded-lg border border-leaf-200 bg-leaf-50 p-5">
        <h2 id="club-summary-heading" className="text-lg font-semibold text-bark-900">
          SmartSavings Club
        </h2>
        <p className="mt-1 text-bark-700">
          {club?.member
            ? `You're a member: ${club.percent_off}% member prices on everything.`
            : "Start an autoship on any product and save on everything with member prices."}{" "}
          <Link href="/account/club" className="font-medium text-leaf-700 underline">
            {club?.member ? "About your membership" : "How the club works"}
          </Link>
        </p>
      </section>

      <section aria-labelledby="recent-orders-heading" className="rounded-lg border border-sand-200 bg-white p-5">
        <div className="mb-3 flex items-center justify-between gap-3">
          <h2 id="recent-orders-heading" className="text-lg font-semibold text-bark-900">
            Recent orders
          </h2>
          <Link href="/account/orders" className="text-sm font-medium text-leaf-700 underline">
            View all orders
          </Link>
        </div>
        <OrdersTable orders={recent} />
      </section>

      <section aria-labelledby="addresses-summary-heading" className="rounded-lg border border-sand-200 bg-white p-5">
        <h2 id="addresses-summary-heading" className="text-lg font-semibold text-bark-900">
          Addresses
        </h2>
        <p className="mt-1 text-bark-700">
          {customer.addresses?.length
            ? `${customer.addresses.length} saved ${customer.addresses.length === 1 ? "address" : "addresses"}.`
            : "No saved addresses yet."}{" "}
          <Link href="/account/addresses" className="font-medium text-leaf-700 underline">
            Manage addresses
          </Link>
        </p>
      </section>
    </AccountShell>
  )
}
