import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { NewsletterTokenBody, Validated } from "@supplement-store/contract"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { setNewsletterTopicsWorkflow } from "../../../../workflows/newsletter/set-topics"
import { publicSubscription } from "../serialize"

/** What a confirmation link would confirm, for the page's button: a GET changes nothing (mail scanners open links). */
export async function GET(req: MedusaRequest<unknown, Validated<typeof NewsletterTokenBody>>, res: MedusaResponse) {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const { subscriber } = await newsletter.readToken(req.validatedQuery.token as string, "confirm")
  res.json({ subscription: publicSubscription(subscriber) })
}

/** The button's press: confirms, and connects the account the link was issued to, if any. */
export async function POST(req: MedusaRequest<Validated<typeof NewsletterTokenBody>>, res: MedusaResponse) {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const { subscriber, customer_id } = await newsletter.readToken(req.validatedBody.token, "confirm")
  const { result } = await setNewsletterTopicsWorkflow(req.scope).run({
    input: { subscriber_id: subscriber.id, topics: null, customer_id },
  })
  res.json({ subscription: publicSubscription(result) })
}
