"use client"

import { useActionState } from "react"

import { requestPasswordReset, type CustomerFormState } from "@/lib/data/customer"
import FormField from "@/modules/checkout/components/form-field"
import FormMessage from "@/modules/checkout/components/form-message"
import SubmitButton from "@/modules/checkout/components/submit-button"

const initialState: CustomerFormState = { status: "idle" }

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
