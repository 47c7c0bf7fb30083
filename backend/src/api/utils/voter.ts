import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VISITOR_TOKEN_HEADER } from "@supplement-store/contract"
import { clientHash, today } from "./client"
import { issueVisitorToken, readVisitorToken } from "./visitor-token"

/**
 * Who votes (on an article, or a review as helpful): a customer, or a visitor by the signed token
 * they were handed and their client of the day. A visitor without a valid token gets a new one
 * (`token`), which the answer hands back. The votes' unique indexes do the rest.
 */
export function voter(req: AuthenticatedMedusaRequest): { key: string; client: string | null; token?: string } {
  if (req.auth_context?.actor_id) {
    return { key: `customer:${req.auth_context.actor_id}`, client: null }
  }
  const secret = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.cookieSecret!
  const client = clientHash(req, today())
  const known = readVisitorToken(req.get(VISITOR_TOKEN_HEADER), secret)
  if (known) {
    return { key: `visitor:${known}`, client }
  }
  const fresh = issueVisitorToken(secret)
  return { key: `visitor:${fresh.id}`, client, token: fresh.token }
}
