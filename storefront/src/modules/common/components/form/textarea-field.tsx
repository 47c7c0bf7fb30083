import type { ReactNode, Ref, TextareaHTMLAttributes } from "react"

type TextareaFieldProps = {
  id: string
  label: string
  /** Error shown under the field; marks it `aria-invalid`. */
  error?: string
  /** What the counter under the field says (e.g. "120 / 2000 characters"); the field is described by it. */
  counter: ReactNode
  counterClassName: string
  counterTestId?: string
  ref?: Ref<HTMLTextAreaElement>
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">

/** A labelled, required text area (written in any direction) with a character counter and its error. */
export default function TextareaField({
  id,
  label,
  error,
  counter,
  counterClassName,
  counterTestId,
  ref,
  ...textareaProps
}: TextareaFieldProps) {
  const counterId = `${id}-count`
  const errorId = `${id}-error`
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-bark-900">
        {label}
      </label>
      <textarea
        ref={ref}
        id={id}
        required
        aria-required
        dir="auto"
        {...textareaProps}
        aria-invalid={error ? true : undefined}
        aria-describedby={[counterId, error ? errorId : null].filter(Boolean).join(" ")}
        className={`w-full rounded-md border bg-white px-3 py-2 text-base text-bark-900 shadow-sm focus:border-leaf-600 ${
          error ? "border-clay-700" : "border-sand-300"
        }`}
      />
      <p id={counterId} data-testid={counterTestId} className={counterClassName}>
        {counter}
      </p>
      {error ? (
        <p id={errorId} className="text-sm text-clay-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
