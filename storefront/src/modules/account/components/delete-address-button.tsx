"use client"

import type { FormState } from "@/lib/util/forms"
import { deleteAddress } from "@/modules/account/actions"
import InlineActionButton from "@/modules/common/components/inline-action-button"

const initialState: FormState = { status: "idle" }

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
