"use client"

import { deleteAddress, type CustomerFormState } from "@/lib/data/customer"
import InlineActionButton from "@/modules/common/components/inline-action-button"

const initialState: CustomerFormState = { status: "idle" }

export default function DeleteAddressButton({ addressId, label }: { addressId: string; label: string }) {
  return (
    <InlineActionButton
      action={deleteAddress}
      initialState={initialState}
      fields={{ address_id: addressId }}
      label="Delete"
      pendingLabel="Deleting…"
      ariaLabel={`Delete address ${label}`}
    />
  )
}
