"use client"

import { useActionState } from "react"

import type { FormState } from "@/lib/util/forms"
import { updateProfile } from "@/modules/account/actions"
import FormField, { fieldsOf } from "@/modules/common/components/form/form-field"
import FormMessage from "@/modules/common/components/form/form-message"
import NameFields from "@/modules/common/components/form/name-fields"
import SubmitButton from "@/modules/common/components/form/submit-button"

type ProfileFormProps = {
  email: string
  firstName: string
  lastName: string
  phone: string
}

export default function ProfileForm({ email, firstName, lastName, phone }: ProfileFormProps) {
  const [state, formAction] = useActionState(updateProfile, { status: "idle" } as FormState)
  const values = state.values ?? { first_name: firstName, last_name: lastName, phone }
  const field = fieldsOf(values, state.fieldErrors ?? {}, "profile-")
  return (
    <form action={formAction} noValidate aria-labelledby="profile-heading" className="flex flex-col gap-4">
      <h2 id="profile-heading" className="text-lg font-semibold text-bark-900">
        Profile
      </h2>
      <p className="text-sm text-bark-700">
        Email: <span className="font-medium break-all">{email}</span>
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <NameFields field={field} />
        <FormField {...field("phone")} label="Phone" type="tel" autoComplete="tel" className="sm:col-span-2" />
      </div>
      <FormMessage status={state.status} message={state.message} />
      <div>
        <SubmitButton pendingText="Saving…">Save profile</SubmitButton>
      </div>
    </form>
  )
}
