import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HANDLE_PATTERN, invalidRequest, RECORD_ID_PATTERN, type Schema } from "@supplement-store/contract"
import { FieldError } from "../../lib/field-error"

/**
 * Our routes' validation, with the contract's schemas: a request that does not parse is refused with
 * every field's problem (`fields`), in the words the storefront's forms use too. Medusa's own
 * validators would flatten them into one English sentence.
 */
export function validateBody(schema: Schema, what?: string) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    req.validatedBody = parse(schema, req.body ?? {}, what)
    next()
  }
}

export function validateQuery(schema: Schema) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    req.validatedQuery = parse(schema, req.query) as Record<string, unknown>
    next()
  }
}

/**
 * A 404 for a route's `:id` (or another id `param`) that no record can have (control characters
 * would otherwise reach PostgreSQL and come back as a 500). `what` names the record in the message.
 */
export function validateIdParam(what: string, param = "id") {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    if (!RECORD_ID_PATTERN.test(String(req.params?.[param] ?? ""))) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `This ${what} was not found`)
    }
    next()
  }
}

/** The same for a route's `:handle`: a 404 for one no record can have. */
export function validateHandleParam(what: string) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const handle = String(req.params?.handle ?? "")
    if (handle.length > 200 || !HANDLE_PATTERN.test(handle)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `This ${what} was not found`)
    }
    next()
  }
}

/** Parses with a contract schema, or throws the 400 that lists every field's problem. */
export function parse(schema: Schema, input: unknown, what?: string): unknown {
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    const { fields, message } = invalidRequest(parsed.error, what)
    throw new FieldError(fields!, "invalid_data", message)
  }
  return parsed.data
}
