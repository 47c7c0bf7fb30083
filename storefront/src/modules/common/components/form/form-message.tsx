type FormMessageProps = {
  status: "idle" | "success" | "error"
  message?: string
  id?: string
  className?: string
}

/** The form-level outcome of an action, announced to screen readers. */
export default function FormMessage({ status, message, id, className = "" }: FormMessageProps) {
  if (!message || status === "idle") {
    // Keep an empty live region mounted so later messages are announced.
    return <p id={id} role="status" aria-live="polite" className="sr-only" />
  }
  if (status === "error") {
    return (
      <p id={id} role="alert" className={`rounded-md border border-clay-700/30 bg-clay-100 px-3 py-2 text-sm text-clay-700 ${className}`}>
        {message}
      </p>
    )
  }
  return (
    <p id={id} role="status" aria-live="polite" className={`rounded-md border border-leaf-200 bg-leaf-50 px-3 py-2 text-sm text-leaf-800 ${className}`}>
      {message}
    </p>
  )
}
