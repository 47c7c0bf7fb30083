"use client"

import Link from "next/link"
import { useActionState } from "react"

import type { FormState } from "@/lib/util/forms"
import { resetPassword } from "@/modules/account/actions"
import FormField from "@/modules/common/components/form/form-field"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"

const initialState: FormState = { status: "idle" }

export default function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, formAction] = useActionState(resetPassword, initialState)
  if (state.status === "success") {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage status="success" message={state.message} />
        <Link href="/account" className="font-medium text-leaf-700 underline">
          Log in
        </Link>
      </div>
    )
  }
  return (
    <form action={formAction} noValidate aria-label="Choose a new password" className="flex flex-col gap-4">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {email ? (
        <p className="text-sm text-bark-700">
          Account: <strong className="break-all">{email}</strong>
        </p>
      ) : null}
      <FormField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={state.fieldErrors?.password}
      />
      <FormField
        name="confirm_password"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm_password}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
        <Link href="/account/forgot-password" className="text-sm font-medium text-leaf-700 underline">
          Request a new link
        </Link>
      </div>
    </form>
  )
}
