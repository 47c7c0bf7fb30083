import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { NewsletterTokenBody, Validated } from "@supplement-store/contract"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { setNewsletterTopicsWorkflow } from "../../../../workflows/newsletter/set-topics"
import { publicSubscription } from "../serialize"

export async function POST(req: MedusaRequest<Validated<typeof NewsletterTokenBody>>, res: MedusaResponse) {
  const { subscriber } = await req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).readToken(req.validatedBody.token, "manage")
  const { result } = await setNewsletterTopicsWorkflow(req.scope).run({ input: { subscriber_id: subscriber.id, topics: [] } })
  res.json({ subscription: publicSubscription(result) })
}
