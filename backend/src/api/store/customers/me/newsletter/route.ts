import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { CustomerNewsletterBody, Validated } from "@supplement-store/contract"
import { NEWSLETTER_MODULE } from "../../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../../modules/newsletter/service"
import { setNewsletterTopicsWorkflow } from "../../../../../workflows/newsletter/set-topics"
import { subscribeToNewsletterWorkflow } from "../../../../../workflows/newsletter/subscribe"
import { publicSubscription, topicList } from "../../../newsletter/serialize"

/**
 * The subscription of the account's address, only when its mailbox's owner connected it to this account
 * by confirming a request made from it: Medusa does not verify the address an account registers with.
 */
async function connectedSubscription(req: AuthenticatedMedusaRequest) {
  const customer_id = req.auth_context.actor_id
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customer_id, { select: ["email"] })
  const [subscriber] = await req.scope
    .resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    .listSubscribers({ email: customer.email.toLowerCase(), customer_id })
  return { email: customer.email, customer_id, subscriber }
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { subscriber } = await connectedSubscription(req)
  res.json({ subscription: publicSubscription(subscriber), topics: topicList() })
}

/**
 * A connected, confirmed subscription changes at once. Any other choice is mailed to the address as a
 * link to confirm (the sign-up's double opt-in), and the answer tells nothing of its subscription.
 */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof CustomerNewsletterBody>>, res: MedusaResponse) {
  const { topics } = req.validatedBody
  const { email, customer_id, subscriber } = await connectedSubscription(req)
  if (subscriber?.status === "confirmed") {
    const { result } = await setNewsletterTopicsWorkflow(req.scope).run({ input: { subscriber_id: subscriber.id, topics } })
    return res.json({ subscription: publicSubscription(result), link_sent: false })
  }
  if (topics.length) {
    await subscribeToNewsletterWorkflow(req.scope).run({ input: { email, topics, source: "account", customer_id } })
  }
  res.status(topics.length ? 202 : 200).json({ subscription: publicSubscription(subscriber), link_sent: topics.length > 0 })
}
