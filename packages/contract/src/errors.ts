import type { ZodError } from "zod"

/**
 * The one error shape of our own routes: a `type` to branch on, a `message` for people, and per
 * field the sentence a form shows beside that field. Neither app reads meaning out of `message`.
 */
export type ApiError = {
  type: ApiErrorType
  message: string
  fields?: FieldErrors
  /** Seconds to wait before trying again (429 and a busy 409; also in `Retry-After`). */
  retry_after?: number
}

/** Medusa's error types, which our routes share, and what each answers. */
export const API_ERROR_STATUS = {
  invalid_data: 400,
  not_allowed: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  duplicate_error: 422,
  too_many_requests: 429,
  unexpected_state: 500,
} as const
export type ApiErrorType = keyof typeof API_ERROR_STATUS

/** Field name (dotted for nested ones, like `filters.q`) → the sentence to show. */
export type FieldErrors = Record<string, string>

/** The first problem of each field of a failed parse. */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  // A Map, so fields a hostile body names `__proto__` or `constructor` are reported like any other.
  const fields = new Map<string, string>()
  for (const issue of error.issues) {
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path]
    for (const path of paths) {
      const field = path.map(String).join(".") || "body"
      if (!fields.has(field)) {
        fields.set(field, issue.code === "unrecognized_keys" ? "is not a field this request accepts" : issue.message)
      }
    }
  }
  return Object.fromEntries(fields)
}

/** One line naming every field and its problem, for logs and clients that show no form. */
export function describeFields(fields: FieldErrors): string {
  return Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join("; ")
}

/** A 400 for a request that did not parse: every field's problem, and one line naming them. */
export function invalidRequest(error: ZodError, what = "request"): ApiError {
  const fields = fieldErrorsOf(error)
  return { type: "invalid_data", message: `Invalid ${what}: ${describeFields(fields)}`, fields }
}

export function isApiError(value: unknown): value is ApiError {
  if (!value || typeof value !== "object") {
    return false
  }
  const { type, message, fields } = value as Record<string, unknown>
  return (
    typeof type === "string" &&
    typeof message === "string" &&
    (fields === undefined || (typeof fields === "object" && fields !== null))
  )
}
