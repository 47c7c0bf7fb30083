import { errorHandler as medusaErrorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

// Both of Medusa's locking providers say so when a wait for a lock (a cart, an item's stock) ran out.
const LOCK_TIMEOUT = /Timed-out acquiring lock/i
const RETRY_AFTER_SECONDS = 2

const medusaHandler = medusaErrorHandler()

/**
 * Medusa's error handler, except for a lock that could not be had in time: that is a busy store,
 * not a broken one (the in-memory provider's plain Error would otherwise be a 500), so it answers 409
 * with a message and Retry-After, which the storefront's place-order retries once.
 */
export function errorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const message = (error as { message?: unknown } | null)?.message
  if (typeof message !== "string" || !LOCK_TIMEOUT.test(message)) {
    return medusaHandler(error, req, res, next)
  }
  req.scope?.resolve(ContainerRegistrationKeys.LOGGER).warn(`409 at ${req.path}: ${message}`)
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS))
  res.status(409).json({
    type: MedusaError.Types.CONFLICT,
    message: "The store is busy with many orders for the same items right now. Please try again in a moment.",
  })
}
