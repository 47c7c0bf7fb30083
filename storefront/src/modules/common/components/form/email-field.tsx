"use client"

import { useId } from "react"

type EmailFieldProps = {
  /** The address to show again after a failed submit. */
  defaultValue: string
  /** Error shown under the field; marks it `aria-invalid`. */
  error?: string
}

/** "Your email address" for the one-field sign-up forms (newsletter, back-in-stock), named `email`. */
export default function EmailField({ defaultValue, error }: EmailFieldProps) {
  const id = useId()
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-bark-800">
        Your email address
      </label>
      <input
        id={id}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-md border border-sand-300 bg-white px-3 py-2 text-bark-900"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-clay-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
