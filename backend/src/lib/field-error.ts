import { describeFields, type ApiErrorType, type FieldErrors } from "@supplement-store/contract"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * A refusal that names the fields it is about, for forms to show beside them. Our error handler
 * answers it in the contract's shape, `{ type, message, fields }`; `fields` survives a workflow's
 * error serialisation (an own property).
 */
export class FieldError extends MedusaError {
  readonly fields: FieldErrors

  constructor(fields: FieldErrors, type: ApiErrorType = "invalid_data", message = describeFields(fields)) {
    super(type, message)
    this.fields = fields
  }
}
