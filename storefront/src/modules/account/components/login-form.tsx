"use client"

import Link from "next/link"
import { useActionState } from "react"

import type { FormState } from "@/lib/util/forms"
import { login } from "@/modules/account/actions"
import FormField from "@/modules/common/components/form/form-field"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"

const initialState: FormState = { status: "idle" }

export default function LoginForm({ next }: { next?: string }) {
  const [state, formAction] = useActionState(login, initialState)
  const errors = state.fieldErrors ?? {}
  return (
    <form action={formAction} noValidate aria-labelledby="login-heading" className="flex flex-col gap-4">
      <h2 id="login-heading" className="font-serif text-2xl font-semibold text-bark-900">
        Log in
      </h2>
      <FormMessage status={state.status} message={state.message} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormField
        idPrefix="login-"
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? ""}
        error={errors.email}
      />
      <FormField
        idPrefix="login-"
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SubmitButton pendingText="Logging in…">Log in</SubmitButton>
        <Link href="/account/forgot-password" className="text-sm font-medium text-leaf-700 underline">
          Forgot password?
        </Link>
      </div>
    </form>
  )
}
