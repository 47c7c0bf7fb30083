import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newsletterLinks } from "../../../lib/newsletter-links"
import { topicTitles } from "../../../modules/newsletter/topics"
import type { SignupMail } from "../types"

type Input = {
  subscriber: { id: string; email: string; topics: string[]; requested_topics: string[] }
  mail: SignupMail
}

/** The notification a signup sends, if any: a confirmation link, or a note with the preference links. */
export const buildSignupMailStep = createStep("build-newsletter-signup-mail", async ({ subscriber, mail }: Input, { container }) => {
  if (!mail) {
    return new StepResponse([])
  }
  const { confirmUrl, ...links } = newsletterLinks(container, subscriber.id)
  const confirm = mail === "confirm"
  return new StepResponse([
    {
      to: subscriber.email,
      channel: "email",
      template: confirm ? "newsletter-confirmation" : "newsletter-already-subscribed",
      data: {
        ...links,
        ...(confirm ? { confirm_url: confirmUrl() } : {}),
        topics: topicTitles(confirm ? subscriber.requested_topics : subscriber.topics),
      },
      resource_type: "newsletter_subscriber",
      resource_id: subscriber.id,
    },
  ])
})
