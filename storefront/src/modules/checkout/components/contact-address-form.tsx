"use client"

import { useActionState } from "react"

import type { FormState } from "@/lib/util/forms"
import { saveContactAndAddress } from "@/modules/checkout/actions"
import AddressFields, { type AddressValues } from "@/modules/common/components/form/address-fields"
import FormField from "@/modules/common/components/form/form-field"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"

type ContactAddressFormProps = {
  initialValues: AddressValues & { email?: string; marketing_consent?: string }
}

/** Checkout step 1: email and shipping address, validated on the server. */
export default function ContactAddressForm({ initialValues }: ContactAddressFormProps) {
  const [state, formAction] = useActionState<FormState, FormData>(saveContactAndAddress, {
    status: "idle",
    values: initialValues,
  })
  const values = state.values ?? initialValues
  const errors = state.fieldErrors ?? {}

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <FormMessage status={state.status} message={state.message} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={values.email ?? ""}
        error={errors.email}
        hint="We'll send your order confirmation here."
      />
      <label className="flex items-start gap-2 text-sm text-bark-700">
        <input
          type="checkbox"
          name="marketing_consent"
          defaultChecked={values.marketing_consent === "on"}
          className="mt-0.5 h-4 w-4 accent-leaf-700"
        />
        <span>
          Email me deals and supplement news. We&apos;ll send a link to confirm first; unsubscribe any time.
        </span>
      </label>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-base font-semibold text-bark-900">Shipping address</legend>
        <AddressFields values={values} errors={errors} />
      </fieldset>
      <div>
        <SubmitButton pendingText="Saving…">Continue to delivery</SubmitButton>
      </div>
    </form>
  )
}
