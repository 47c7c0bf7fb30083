import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CONTROL_CHARACTERS } from "@supplement-store/contract"

export const MAX_STORE_PAGE_SIZE = 200

function values(query: unknown): string[] {
  if (typeof query === "string") {
    return [query]
  }
  if (query && typeof query === "object") {
    return Object.entries(query).flatMap(([key, value]) => [key, ...values(value)])
  }
  return []
}

function assertPageParam(name: string, raw: unknown, max: number) {
  if (raw === undefined) {
    return
  }
  const value = Number(raw)
  if (typeof raw !== "string" || !/^\d+$/.test(raw) || value > max) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name} must be a whole number from 0 to ${max}`)
  }
}

/**
 * Refuses store queries that Medusa's own validators let through but that fail deeper down with a
 * 500: negative or huge page sizes and control characters. Each gets a 400 with a message instead.
 */
export function guardStoreQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // Control characters (NUL above all) make PostgreSQL refuse the query text, which surfaces as a 500.
  if (values(req.query).some((value) => CONTROL_CHARACTERS.test(value))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Query parameters must not contain control characters")
  }
  assertPageParam("limit", req.query.limit, MAX_STORE_PAGE_SIZE)
  assertPageParam("offset", req.query.offset, Number.MAX_SAFE_INTEGER)
  next()
}
