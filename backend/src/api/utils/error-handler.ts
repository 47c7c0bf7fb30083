import { errorHandler as medusaErrorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { API_ERROR_STATUS, BUSY_RETRY_SECONDS, type ApiError, type ApiErrorType, type FieldErrors } from "@supplement-store/contract"

// Both of Medusa's locking providers say so when a wait for a lock (a cart, an item's stock) ran out.
const LOCK_TIMEOUT = /Timed-out acquiring lock/i

const medusaHandler = medusaErrorHandler()

type Refusal = { type?: unknown; message?: unknown; fields?: unknown; status?: unknown }

/** A refusal that names its fields (a `FieldError`, or one after a workflow serialised it). */
function fieldsOf(error: Refusal | null): FieldErrors | null {
  const fields = error?.fields
  return fields && typeof fields === "object" && !Array.isArray(fields) ? (fields as FieldErrors) : null
}

/**
 * Medusa's error handler, with three answers of our own in the contract's shape:
 * - a refusal with `fields` keeps them, so forms show each beside its field;
 * - an address whose `%` escapes do not decode (Express's URIError, marked 400) is the client's
 *   mistake, which Medusa's handler would answer with a 500;
 * - a lock that could not be had in time is a busy store, not a broken one (the in-memory provider's
 *   plain Error would otherwise be a 500): 409 with Retry-After, which the storefront's place-order
 *   retries once.
 */
export function errorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const refusal = error as Refusal | null
  const fields = fieldsOf(refusal)
  if (fields) {
    const type = (typeof refusal?.type === "string" && refusal.type in API_ERROR_STATUS ? refusal.type : "invalid_data") as ApiErrorType
    const body: ApiError = { type, message: String(refusal?.message ?? ""), fields }
    res.status(API_ERROR_STATUS[type]).json(body)
    return
  }
  if (error instanceof URIError && refusal?.status === 400) {
    const body: ApiError = { type: "invalid_data", message: "The address is not valid: a % escape in it does not decode" }
    res.status(400).json(body)
    return
  }
  const message = refusal?.message
  if (typeof message !== "string" || !LOCK_TIMEOUT.test(message)) {
    return medusaHandler(error, req, res, next)
  }
  req.scope?.resolve(ContainerRegistrationKeys.LOGGER).warn(`409 at ${req.path}: ${message}`)
  res.setHeader("Retry-After", String(BUSY_RETRY_SECONDS))
  const body: ApiError = {
    type: MedusaError.Types.CONFLICT as ApiErrorType,
    message: "The store is busy with many orders for the same items right now. Please try again in a moment.",
    retry_after: BUSY_RETRY_SECONDS,
  }
  res.status(409).json(body)
}
