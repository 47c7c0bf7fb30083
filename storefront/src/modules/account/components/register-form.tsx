"use client"

import { useActionState } from "react"

import type { FormState } from "@/lib/util/forms"
import { register } from "@/modules/account/actions"
import FormField, { fieldsOf } from "@/modules/common/components/form/form-field"
import FormMessage from "@/modules/common/components/form/form-message"
import NameFields from "@/modules/common/components/form/name-fields"
import SubmitButton from "@/modules/common/components/form/submit-button"

const initialState: FormState = { status: "idle" }

export default function RegisterForm({ next }: { next?: string }) {
  const [state, formAction] = useActionState(register, initialState)
  const errors = state.fieldErrors ?? {}
  const field = fieldsOf(state.values ?? {}, errors, "register-")
  return (
    <form action={formAction} noValidate aria-labelledby="register-heading" className="flex flex-col gap-4">
      <h2 id="register-heading" className="font-serif text-2xl font-semibold text-bark-900">
        Create an account
      </h2>
      <FormMessage status={state.status} message={state.message} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <NameFields field={field} />
      </div>
      <FormField {...field("email")} label="Email" type="email" autoComplete="email" required />
      <FormField
        idPrefix="register-"
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={errors.password}
      />
      <div>
        <SubmitButton pendingText="Creating account…">Create account</SubmitButton>
      </div>
    </form>
  )
}
