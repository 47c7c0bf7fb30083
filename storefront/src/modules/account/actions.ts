"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { RegisterIdentityBody } from "@supplement-store/contract"
import { z } from "zod"

import { removeAuthToken, removeCartId, setAuthToken } from "@/lib/data/cookies"
import { readerHeaders } from "@/lib/data/reader"
import { sdk } from "@/lib/sdk"
import { errorInfo, friendlyError, isUnauthorized } from "@/lib/util/errors"
import {
  addressSchema,
  echoValues,
  emailSchema,
  fieldErrorsOf,
  formValues,
  nameSchema,
  passwordSchema,
  phoneSchema,
  type FormState,
} from "@/lib/util/forms"
import { safeNextPath } from "@/lib/util/next-path"
import { requireAuthHeaders } from "@/modules/account/guard"
import { transferCartToCustomer } from "@/modules/cart/hand-over"

/**
 * The account's Server Actions: session (login, register, logout), password reset, profile and
 * addresses. Every export here is a public endpoint; the helpers below stay unexported.
 */

// ---------------------------------------------------------------- session

/**
 * A call to the backend's customer emailpass routes (login, register, reset-password, update) with
 * the reader's address, which their limits count (the sdk's auth helpers take no headers).
 */
async function emailpass<T>(route: "" | "/register" | "/reset-password" | "/update", body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
  return sdk.client.fetch<T>(`/auth/customer/emailpass${route}`, {
    method: "POST",
    body,
    headers: { ...(await readerHeaders()), ...headers },
    cache: "no-store",
  })
}

/** Logs in with email and password; the session token, or null for a login that needs more (another method). */
async function passwordLogin(credentials: { email: string; password: string }): Promise<string | null> {
  const { token } = await emailpass<{ token?: string }>("", credentials)
  return token ?? null
}

async function startSession(token: string): Promise<void> {
  await setAuthToken(token)
  // The guest cart becomes the customer's cart (repriced with their groups).
  await transferCartToCustomer()
}

const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "Password is required" }),
})

export async function login(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData)
  const parsed = loginSchema.safeParse(values)
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(values) }
  }
  try {
    const result = await passwordLogin(parsed.data)
    if (!result) {
      return { status: "error", message: "This sign-in method isn't supported here.", values: echoValues(values) }
    }
    await startSession(result)
  } catch (error) {
    return {
      status: "error",
      message: friendlyError(error, "We couldn't log you in. Please try again."),
      values: echoValues(values),
    }
  }
  redirect(safeNextPath(formData.get("next")))
}

// Email and password as the backend's register route checks them (the contract's schema).
const registerSchema = RegisterIdentityBody.extend({
  first_name: nameSchema("First name"),
  last_name: nameSchema("Last name"),
}).transform((form) => ({ ...form, email: form.email.toLowerCase() }))

export async function register(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData)
  const parsed = registerSchema.safeParse(values)
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(values) }
  }
  const { email, password, first_name, last_name } = parsed.data
  try {
    // 1. an auth identity (token without an actor yet), 2. the customer, 3. a real session.
    const registrationToken = await registerIdentity(email, password)
    if (registrationToken.kind === "existing-customer") {
      // Same email and the right password: the shopper already has an account; just log in.
      await startSession(registrationToken.token)
    } else {
      await sdk.store.customer.create(
        { email, first_name, last_name },
        {},
        { ...(await readerHeaders()), authorization: `Bearer ${registrationToken.token}` }
      )
      const token = await passwordLogin({ email, password })
      if (!token) {
        throw new Error("Unexpected login response")
      }
      await startSession(token)
    }
  } catch (error) {
    const { message } = errorInfo(error)
    const fieldErrors = /already exists|invalid email or password/i.test(message)
      ? { email: "An account with this email already exists. Log in instead, or reset your password." }
      : undefined
    return {
      status: "error",
      message: fieldErrors ? undefined : friendlyError(error, "We couldn't create your account. Please try again."),
      fieldErrors,
      values: echoValues(values),
    }
  }
  redirect(safeNextPath(formData.get("next")))
}

/**
 * Creates the emailpass identity. When it already exists (e.g. an earlier
 * registration stopped before the customer was created) and the password
 * matches, reuses it instead of failing forever.
 */
async function registerIdentity(
  email: string,
  password: string
): Promise<{ kind: "new" | "existing-customer"; token: string }> {
  try {
    const { token } = await emailpass<{ token: string }>("/register", { email, password })
    return { kind: "new", token }
  } catch (error) {
    if (!/already exists/i.test(errorInfo(error).message)) {
      throw error
    }
  }
  // Throws "Invalid email or password" when the password doesn't match.
  const token = await passwordLogin({ email, password })
  if (!token) {
    throw new Error("Identity with email already exists")
  }
  try {
    await sdk.store.customer.retrieve({ fields: "id" }, { authorization: `Bearer ${token}` })
    return { kind: "existing-customer", token }
  } catch (error) {
    if (isUnauthorized(error)) {
      return { kind: "new", token }
    }
    throw error
  }
}

export async function logout(): Promise<void> {
  try {
    await sdk.auth.logout()
  } catch {
    // JWT sessions are stateless; dropping the cookie is what logs out.
  }
  await removeAuthToken()
  // The cart now belongs to the customer; a guest starts with a fresh one.
  await removeCartId()
  redirect("/account")
}

// ---------------------------------------------------------------- password reset

const forgotSchema = z.object({ email: emailSchema })

/** Always answers the same confirmation, whether or not the email has an account. */
export async function requestPasswordReset(
  _prev: FormState,
  formData: FormData
): Promise<FormState> {
  const values = formValues(formData)
  const parsed = forgotSchema.safeParse(values)
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(values) }
  }
  try {
    // Answered with a plain-text "Created".
    await emailpass("/reset-password", { identifier: parsed.data.email }, { accept: "text/plain" })
  } catch (error) {
    const { status } = errorInfo(error)
    // Unknown emails must look exactly like known ones; only outages are reported.
    if (status === null || status >= 500) {
      return { status: "error", message: friendlyError(error), values: echoValues(values) }
    }
  }
  return {
    status: "success",
    message: "If an account exists for that email, we've sent a link to reset your password. Check your inbox.",
  }
}

const resetSchema = z
  .object({
    token: z.string().min(1, { error: "This link is invalid or has expired. Please request a new one." }),
    email: z.string().optional(),
    password: passwordSchema,
    confirm_password: z.string().min(1, { error: "Confirm your new password" }),
  })
  .refine((data) => data.password === data.confirm_password, {
    error: "The passwords don't match",
    path: ["confirm_password"],
  })

export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData)
  const parsed = resetSchema.safeParse(values)
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error)
    return {
      status: "error",
      message: fieldErrors.token,
      fieldErrors,
      values: echoValues(values),
    }
  }
  try {
    await emailpass("/update", { password: parsed.data.password }, { authorization: `Bearer ${parsed.data.token}` })
  } catch (error) {
    const { status } = errorInfo(error)
    return {
      status: "error",
      message:
        status === 401 || status === 403 || status === 400
          ? "This link is invalid or has expired. Please request a new one."
          : friendlyError(error),
      values: echoValues(values),
    }
  }
  return { status: "success", message: "Your password has been changed. You can now log in." }
}

// ---------------------------------------------------------------- profile & addresses

const profileSchema = z.object({
  first_name: nameSchema("First name"),
  last_name: nameSchema("Last name"),
  phone: phoneSchema,
})

export async function updateProfile(_prev: FormState, formData: FormData): Promise<FormState> {
  const headers = await requireAuthHeaders()
  const values = formValues(formData)
  const parsed = profileSchema.safeParse(values)
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(values) }
  }
  try {
    await sdk.store.customer.update(
      { ...parsed.data, phone: parsed.data.phone ?? "" },
      { fields: "id" },
      headers
    )
  } catch (error) {
    return { status: "error", message: friendlyError(error, "We couldn't save your profile."), values: echoValues(values) }
  }
  refresh()
  return { status: "success", message: "Profile saved", values: echoValues(values) }
}

export async function addAddress(_prev: FormState, formData: FormData): Promise<FormState> {
  const headers = await requireAuthHeaders()
  const values = formValues(formData)
  const parsed = addressSchema.safeParse(values)
  if (!parsed.success) {
    return {
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values: echoValues(values),
    }
  }
  try {
    await sdk.store.customer.createAddress({ ...parsed.data, country_code: "us" }, { fields: "id" }, headers)
  } catch (error) {
    return { status: "error", message: friendlyError(error, "We couldn't save that address."), values: echoValues(values) }
  }
  refresh()
  return { status: "success", message: "Address added" }
}

export async function deleteAddress(_prev: FormState, formData: FormData): Promise<FormState> {
  const headers = await requireAuthHeaders()
  const addressId = String(formData.get("address_id") ?? "")
  if (!addressId) {
    return { status: "idle" }
  }
  try {
    await sdk.store.customer.deleteAddress(addressId, headers)
  } catch (error) {
    return { status: "error", message: friendlyError(error, "We couldn't delete that address.") }
  }
  refresh()
  return { status: "success", message: "Address deleted" }
}
