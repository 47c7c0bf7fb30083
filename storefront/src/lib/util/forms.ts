import { z } from "zod"

/**
 * Server-side form validation shared by checkout and the account pages.
 * Messages are written for shoppers: "<Field> is required", "Enter a valid
 * email address". Schemas read `FormData` entries as trimmed strings.
 */

/** Errors keyed by form field name; the UI shows each next to its field. */
export type FieldErrors = Partial<Record<string, string>>

/** What a form action answers: field errors, one form-level error, the submitted values (so the form keeps them). */
export type FormState<Values extends Record<string, string> = Record<string, string>> = {
  status: "idle" | "error" | "success"
  message?: string
  fieldErrors?: FieldErrors
  values?: Partial<Values>
}

/** What an action without fields of its own answers (cart lines, shipping, payment, place order). */
export type ActionState = Pick<FormState, "status" | "message">

const required = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })

const optional = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))

export const emailSchema = z
  .string({ error: "Email is required" })
  .trim()
  .min(1, { error: "Email is required" })
  .max(254, { error: "Enter a valid email address" })
  .pipe(z.email({ error: "Enter a valid email address" }))
  .transform((value) => value.toLowerCase())

const phoneSchema = optional().refine(
  (value) => value === undefined || /^[0-9+()\-.\s]{7,20}$/.test(value),
  { error: "Enter a valid phone number" }
)

/** A US shipping address; the country is fixed by the store's single region. */
export const addressSchema = z.object({
  first_name: required("First name").max(80, { error: "First name is too long" }),
  last_name: required("Last name").max(80, { error: "Last name is too long" }),
  address_1: required("Address").max(200, { error: "Address is too long" }),
  address_2: optional(),
  company: optional(),
  city: required("City").max(100, { error: "City is too long" }),
  province: required("State").max(60, { error: "State is too long" }),
  postal_code: required("Postal code").regex(/^\d{5}(-\d{4})?$/, {
    error: "Enter a valid postal code (e.g. 43215)",
  }),
  phone: phoneSchema,
})

export type AddressInput = z.infer<typeof addressSchema>

export const passwordSchema = z
  .string({ error: "Password is required" })
  .min(1, { error: "Password is required" })
  .min(8, { error: "Password must be at least 8 characters" })
  .max(128, { error: "Password is too long" })

export const nameSchema = (label: string) => required(label).max(80, { error: `${label} is too long` })

export { optional as optionalText, phoneSchema, required as requiredText }

/** All string entries of a form (files and action-internal `$ACTION_*` fields dropped). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) {
      values[key] = value
    }
  }
  return values
}

/** The first message per field of a failed parse. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form")
    if (!errors[key]) {
      errors[key] = issue.message
    }
  }
  return errors
}

/** Values to send back to the form so it keeps what was typed (never passwords). */
export function echoValues(values: Record<string, string>): Record<string, string> {
  const echoed: Record<string, string> = {}
  for (const [key, value] of Object.entries(values)) {
    if (!/password/i.test(key)) {
      echoed[key] = value
    }
  }
  return echoed
}
