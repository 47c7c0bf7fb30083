import type { Metadata } from "next"

import AccountShell from "@/modules/account/components/account-shell"
import AddAddressForm from "@/modules/account/components/add-address-form"
import DeleteAddressButton from "@/modules/account/components/delete-address-button"
import { requireCustomer } from "@/modules/account/guard"
import AddressSummary from "@/modules/checkout/components/address-summary"

export const metadata: Metadata = {
  title: "Your addresses",
  description: "Manage the shipping addresses saved to your account.",
  robots: { index: false, follow: false },
}

export default async function AddressesPage() {
  const customer = await requireCustomer()
  const addresses = customer.addresses ?? []

  return (
    <AccountShell title="Your addresses" active="addresses">
      <section aria-labelledby="saved-addresses-heading" className="rounded-lg border border-sand-200 bg-white p-5">
        <h2 id="saved-addresses-heading" className="mb-3 text-lg font-semibold text-bark-900">
          Saved addresses
        </h2>
        {addresses.length === 0 ? (
          <p className="text-bark-700">You have no saved addresses yet.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {addresses.map((address) => (
              <li key={address.id} className="flex flex-col gap-3 rounded-md border border-sand-200 p-4 text-sm" data-testid="saved-address">
                <AddressSummary address={address} />
                <DeleteAddressButton addressId={address.id} label={address.address_1 ?? ""} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="rounded-lg border border-sand-200 bg-white p-5">
        <AddAddressForm />
      </section>
    </AccountShell>
  )
}
