import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../../modules/newsletter/service"
import { setNewsletterTopicsWorkflow } from "../../../../../workflows/newsletter/set-topics"
import { subscribeToNewsletterWorkflow } from "../../../../../workflows/newsletter/subscribe"
import { publicSubscription, topicList } from "../../../newsletter/serialize"
import type { StoreCustomerNewsletterType } from "../../../newsletter/validators"

/** The subscription of the logged-in customer's email address, if there is one. */
async function findSubscription(req: AuthenticatedMedusaRequest) {
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.auth_context.actor_id, { select: ["email"] })
  const [subscriber] = await req.scope
    .resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    .listSubscribers({ email: customer.email.toLowerCase() })
  return { email: customer.email, subscriber }
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { subscriber } = await findSubscription(req)
  res.json({ subscription: publicSubscription(subscriber), topics: topicList() })
}

/**
 * A confirmed subscriber changes topics at once. Anyone else gets the double opt-in mail, because
 * Medusa does not verify the email address an account was registered with.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCustomerNewsletterType>, res: MedusaResponse) {
  const { topics } = req.validatedBody
  const { email, subscriber } = await findSubscription(req)
  if (subscriber?.status === "confirmed") {
    const { result } = await setNewsletterTopicsWorkflow(req.scope).run({ input: { subscriber_id: subscriber.id, topics } })
    return res.json({ subscription: publicSubscription(result) })
  }
  if (!topics.length) {
    return res.json({ subscription: publicSubscription(subscriber) })
  }
  const { result } = await subscribeToNewsletterWorkflow(req.scope).run({
    input: { email, topics, source: "account", customer_id: req.auth_context.actor_id },
  })
  res.status(202).json({ subscription: publicSubscription(result.subscriber) })
}
