import type { InputHTMLAttributes } from "react"

import type { FieldErrors } from "@/lib/util/forms"

type FormFieldProps = {
  /** Input `name`, also used to build ids. */
  name: string
  label: string
  /** Error shown under the field; marks it `aria-invalid`. */
  error?: string
  hint?: string
  /** Prefix for ids, when the same form appears twice on a page. */
  idPrefix?: string
  className?: string
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">

/** A labelled text input with its error (and optional hint) wired through aria-describedby. */
export default function FormField({
  name,
  label,
  error,
  hint,
  idPrefix = "",
  className = "",
  required,
  ...inputProps
}: FormFieldProps) {
  const id = `${idPrefix}${name}`
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined

  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-bark-900">
        {label}
        {required ? null : <span className="font-normal text-bark-500"> (optional)</span>}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        aria-required={required ? true : undefined}
        className={`w-full rounded-md border bg-white px-3 py-2 text-base text-bark-900 shadow-sm focus:border-leaf-600 ${
          error ? "border-clay-700" : "border-sand-300"
        }`}
        {...inputProps}
      />
      {hint ? (
        <p id={hintId} className="text-xs text-bark-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm text-clay-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** What ties one field to its form's state (see fieldsOf). */
export type BoundFieldProps = { name: string; idPrefix: string; defaultValue: string; error?: string }

/**
 * Ties a form's fields to its state, so each field names only itself: `const field = fieldsOf(values, errors)`,
 * then `<FormField {...field("phone")} label="Phone" />` gets the id prefix, the value to show again after a
 * failed submit, and the field's error.
 */
export function fieldsOf<Name extends string>(
  values: Partial<Record<Name, string>>,
  errors: FieldErrors,
  idPrefix = ""
): (name: Name) => BoundFieldProps {
  return (name) => ({ name, idPrefix, defaultValue: values[name] ?? "", error: errors[name] })
}
