import { z } from "zod"
import { HANDLE_PATTERN, MAX_EMAIL_LENGTH, MAX_HANDLE_LENGTH } from "./limits"

/** Field schemas several routes share, with the sentences forms show. */

export const Handle = (max = MAX_HANDLE_LENGTH) =>
  z.string().regex(HANDLE_PATTERN, "Use lowercase words joined by dashes").max(max, `At most ${max} characters`)

/** "Vitamin D & You!" → "vitamin-d-you": the handle format the API accepts. */
export function slugify(text: string, maxLength = 200): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "")
}

export const Email = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(MAX_EMAIL_LENGTH, "Enter a valid email address")
  .pipe(z.email("Enter a valid email address"))

/** `limit` and `offset` of a list route, with its own ceilings. */
export const Page = ({ maxLimit, defaultLimit, maxOffset }: { maxLimit: number; defaultLimit: number; maxOffset?: number }) => ({
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
  offset: maxOffset === undefined ? z.coerce.number().int().min(0).default(0) : z.coerce.number().int().min(0).max(maxOffset).default(0),
})

/** What a route receives once a schema has parsed (and defaulted, transformed) the request. */
export type Validated<S extends z.ZodType> = z.output<S>

/** Any of the contract's schemas. */
export type Schema = z.ZodType
