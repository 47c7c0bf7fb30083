import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SubscribeBody, Validated } from "@supplement-store/contract"
import { subscribeToNewsletterWorkflow } from "../../../workflows/newsletter/subscribe"
import { topicList } from "./serialize"

export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ topics: topicList() })
}

/**
 * Always the same 202, whether the address is new, pending, confirmed or throttled: the answer must not
 * tell anyone who subscribes. The mailbox's owner learns the rest by email.
 */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof SubscribeBody>>, res: MedusaResponse) {
  await subscribeToNewsletterWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context?.actor_id },
  })
  res.status(202).json({ message: "Thanks! Check your inbox for a link to confirm your subscription." })
}
