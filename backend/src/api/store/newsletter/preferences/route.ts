import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { NewsletterTokenBody, SetTopicsBody, Validated } from "@supplement-store/contract"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { setNewsletterTopicsWorkflow } from "../../../../workflows/newsletter/set-topics"
import { publicSubscription, topicList } from "../serialize"

export async function GET(req: MedusaRequest<unknown, Validated<typeof NewsletterTokenBody>>, res: MedusaResponse) {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const { subscriber } = await newsletter.readToken(req.validatedQuery.token as string, "manage")
  res.json({ subscription: publicSubscription(subscriber), topics: topicList() })
}

/** An empty topic list unsubscribes. */
export async function POST(req: MedusaRequest<Validated<typeof SetTopicsBody>>, res: MedusaResponse) {
  const { token, topics } = req.validatedBody
  const { subscriber } = await req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).readToken(token, "manage")
  const { result } = await setNewsletterTopicsWorkflow(req.scope).run({ input: { subscriber_id: subscriber.id, topics } })
  res.json({ subscription: publicSubscription(result) })
}
