import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUpdateContactMessageBody, Validated } from "@supplement-store/contract"
import { CONTACT_MODULE } from "../../../../modules/contact"
import type ContactModuleService from "../../../../modules/contact/service"

/** GET /admin/contact-messages/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const contact_message = await req.scope.resolve<ContactModuleService>(CONTACT_MODULE).retrieveContactMessage(req.params.id)
  res.json({ contact_message })
}

/** POST /admin/contact-messages/:id: marks a message answered (or new again). */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminUpdateContactMessageBody>>, res: MedusaResponse) {
  const { status } = req.validatedBody
  const contact_message = await req.scope
    .resolve<ContactModuleService>(CONTACT_MODULE)
    .updateContactMessages({ id: req.params.id, status, answered_at: status === "answered" ? new Date() : null })
  res.json({ contact_message })
}
