import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { reviewerName } from "../../../lib/reviews/present"
import type { ForumAuthor } from "../../../workflows/community/forum-types"
import { botSignal } from "../../utils/bot-signal"
import { clientHash } from "../../utils/client"

/**
 * The logged-in customer as a forum author: public name as reviews show it ("Maria K."), the account's
 * email, the client, and what the form's hidden fields say about a bot.
 */
export async function forumAuthor(
  req: AuthenticatedMedusaRequest<{ website?: string; started_at?: number }>
): Promise<ForumAuthor> {
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.auth_context.actor_id)
  return {
    customer_id: customer.id,
    author_name: reviewerName(customer),
    account_name: [customer.first_name, customer.last_name].filter(Boolean).join(" "),
    email: customer.email,
    client_hash: clientHash(req),
    bot_signal: botSignal(req.validatedBody ?? {}),
  }
}
