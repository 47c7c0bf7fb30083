import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreateContactMessageBody, Validated } from "@supplement-store/contract"
import { createContactMessageWorkflow } from "../../../workflows/contact/create-contact-message"

/**
 * POST /store/contact-messages: a contact or partner form. A filled honeypot (`website_url`) gets the
 * same answer, but nothing is stored or mailed, so a bot learns nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof CreateContactMessageBody>>, res: MedusaResponse) {
  const { website_url, ...body } = req.validatedBody
  if (!website_url) {
    await createContactMessageWorkflow(req.scope).run({
      input: {
        ...body,
        details: "details" in body ? (body.details as Record<string, string>) : null,
        customer_id: req.auth_context?.actor_id ?? null,
      },
    })
  }
  res.status(202).json({ received: true })
}
