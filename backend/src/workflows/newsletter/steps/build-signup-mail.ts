import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { confirmationLink, newsletterLinks } from "../../../lib/newsletter-links"
import { topicTitles } from "../../../modules/newsletter/topics"
import type { SignupMail } from "../types"

type Input = {
  subscriber: { id: string; email: string; topics: string[]; requested_topics: string[]; token_version: number }
  mail: SignupMail
  /** The account that asked, if any: its confirmation link connects that account. */
  customer_id?: string | null
}

/** The notification a signup sends, if any: a confirmation link, or a note with the preference links. */
export const buildSignupMailStep = createStep("build-newsletter-signup-mail", async ({ subscriber, mail, customer_id }: Input, { container }) => {
  if (!mail) {
    return new StepResponse([])
  }
  const confirm = mail === "confirm"
  return new StepResponse([
    {
      to: subscriber.email,
      channel: "email",
      template: confirm ? "newsletter-confirmation" : "newsletter-already-subscribed",
      data: {
        ...newsletterLinks(container, subscriber),
        ...(confirm ? { confirm_url: confirmationLink(container, subscriber.id, customer_id), from_account: Boolean(customer_id) } : {}),
        topics: topicTitles(confirm ? subscriber.requested_topics : subscriber.topics),
      },
      resource_type: "newsletter_subscriber",
      resource_id: subscriber.id,
    },
  ])
})
