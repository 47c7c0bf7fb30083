import { SubscribeBody } from "@supplement-store/contract"

// The forms that sign up; anything else counts as the footer's.
const FORM_SOURCES = ["footer", "article", "account"]

/**
 * A sign-up form's values as the backend's `SubscribeBody` wants them, checked with the same schema
 * before they are sent. Free of server-only imports, so the contract test can run it.
 */
export function parseSignupForm(values: Record<string, string>, topics: string[]) {
  return SubscribeBody.safeParse({
    email: values.email ?? "",
    topics,
    source: FORM_SOURCES.includes(values.source ?? "") ? values.source : "footer",
  })
}
