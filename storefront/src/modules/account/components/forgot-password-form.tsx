"use client"

import { useActionState } from "react"

import type { FormState } from "@/lib/util/forms"
import { requestPasswordReset } from "@/modules/account/actions"
import FormField from "@/modules/common/components/form/form-field"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"

const initialState: FormState = { status: "idle" }

export default function ForgotPasswordForm() {
  const [state, formAction] = useActionState(requestPasswordReset, initialState)
  if (state.status === "success") {
    return <FormMessage status="success" message={state.message} />
  }
  return (
    <form action={formAction} noValidate aria-label="Reset your password" className="flex flex-col gap-4">
      <FormMessage status={state.status} message={state.message} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? ""}
        error={state.fieldErrors?.email}
      />
      <div>
        <SubmitButton pendingText="Sending…">Send reset link</SubmitButton>
      </div>
    </form>
  )
}
