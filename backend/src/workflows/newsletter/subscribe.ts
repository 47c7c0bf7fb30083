import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildSignupMailStep } from "./steps/build-signup-mail"
import { recordSignupStep } from "./steps/record-signup"
import type { NewsletterSignup } from "./types"

/** Double opt-in: a signup is recorded, and only the mailbox's owner can turn it into a subscription. */
export const subscribeToNewsletterWorkflow = createWorkflow("subscribe-to-newsletter", (input: NewsletterSignup) => {
  const signup = recordSignupStep(input)
  const notifications = buildSignupMailStep({ subscriber: signup.subscriber, mail: signup.mail, customer_id: input.customer_id })
  sendNotificationsStep(notifications)
  return new WorkflowResponse(signup)
})
