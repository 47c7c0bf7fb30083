import { z } from "zod"
import { Email } from "./fields"

export const Password = z
  .string({ error: "Password is required" })
  .min(1, "Password is required")
  .min(8, "Password must be at least 8 characters")
  .max(128, "Password is too long")

/**
 * POST /auth/customer/emailpass/register: Medusa's route, which our middleware checks first, so a
 * refused registration names its field like our own routes do.
 */
export const RegisterIdentityBody = z.object({ email: Email, password: Password })
export type RegisterIdentityBody = z.input<typeof RegisterIdentityBody>
