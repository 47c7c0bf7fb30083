import type { FieldErrors } from "@supplement-store/contract"

/** A refusal with the route's field errors, for forms to show beside each field. */
export class FieldsError extends Error {
  constructor(
    message: string,
    readonly fields: FieldErrors
  ) {
    super(message)
  }
}

const BACKEND_URL = ((import.meta.env.VITE_BACKEND_URL as string | undefined) || "").replace(/\/+$/, "")

/**
 * The SDK's errors keep only the message; a form needs the answer's `fields` too. Same session cookie.
 * A refusal throws a `FieldsError` (its `fields` empty when the answer named none).
 */
export async function postForFields<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${BACKEND_URL}${path}`, {
    method: "POST",
    credentials: "include",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) {
    throw new FieldsError(data.message ?? response.statusText, data.fields ?? {})
  }
  return data as T
}
