import { render } from "@react-email/render"
import { MedusaError } from "@medusajs/framework/utils"
import type { ReactElement } from "react"
import { passwordReset } from "./account"
import { autoshipCreated, autoshipOutOfStock, autoshipPaused, autoshipPaymentFailed, autoshipReminder, autoshipRenewed } from "./autoship"
import { contactMessageReceived, contactMessageStaff } from "./contact"
import { commentReply, forumDigest, pendingCommentsDigest } from "./community"
import { newsletterAlreadySubscribed, newsletterConfirmation, newsletterDigest } from "./newsletter"
import { orderConfirmation } from "./order"
import { reviewRequest } from "./reviews"
import { stockAlertBackInStock, stockAlertConfirmation } from "./stock-alerts"

// Each template turns its notification data into a subject and a React Email body.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template declares its own data; the map is keyed by name
const TEMPLATES: Record<string, (data: any) => { subject: string; body: ReactElement }> = {
  "password-reset": passwordReset,
  "comment-reply": commentReply,
  "pending-comments-digest": pendingCommentsDigest,
  "forum-digest": forumDigest,
  "order-confirmation": orderConfirmation,
  "newsletter-confirmation": newsletterConfirmation,
  "newsletter-already-subscribed": newsletterAlreadySubscribed,
  "newsletter-digest": newsletterDigest,
  "autoship-created": autoshipCreated,
  "autoship-reminder": autoshipReminder,
  "autoship-renewed": autoshipRenewed,
  "autoship-out-of-stock": autoshipOutOfStock,
  "autoship-payment-failed": autoshipPaymentFailed,
  "autoship-paused": autoshipPaused,
  "review-request": reviewRequest,
  "contact-message-staff": contactMessageStaff,
  "contact-message-received": contactMessageReceived,
  "stock-alert-confirmation": stockAlertConfirmation,
  "stock-alert-back-in-stock": stockAlertBackInStock,
}

export type RenderedEmail = { subject: string; html: string; text: string }

export async function renderEmail(template: string, data: Record<string, unknown>): Promise<RenderedEmail> {
  const build = TEMPLATES[template]
  if (!build) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `No email template named "${template}"`)
  }
  const { subject, body } = build(data)
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })])
  return { subject, html, text }
}
