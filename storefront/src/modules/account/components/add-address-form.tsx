"use client"

import { useActionState } from "react"

import type { FormState } from "@/lib/util/forms"
import { addAddress } from "@/modules/account/actions"
import AddressFields from "@/modules/common/components/form/address-fields"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"

const initialState: FormState = { status: "idle" }

export default function AddAddressForm() {
  const [state, formAction] = useActionState(addAddress, initialState)
  return (
    <form action={formAction} noValidate aria-labelledby="add-address-heading" className="flex flex-col gap-4">
      <h2 id="add-address-heading" className="text-lg font-semibold text-bark-900">
        Add address
      </h2>
      <FormMessage status={state.status} message={state.message} />
      <AddressFields
        idPrefix="new-address-"
        values={state.status === "success" ? {} : state.values}
        errors={state.fieldErrors}
      />
      <div>
        <SubmitButton pendingText="Saving…">Save address</SubmitButton>
      </div>
    </form>
  )
}
