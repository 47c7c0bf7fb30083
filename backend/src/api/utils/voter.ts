import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VISITOR_TOKEN_HEADER } from "@supplement-store/contract"
import { clientHash, today } from "./client"
import { issueVisitorToken, readVisitorToken } from "./visitor-token"

function visitorSecret(req: MedusaRequest): string {
  return req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.cookieSecret!
}

/** The visitor id in the request's signed token, or undefined when it has none (or a forged one). */
export function knownVisitor(req: MedusaRequest): string | undefined {
  return readVisitorToken(req.get(VISITOR_TOKEN_HEADER), visitorSecret(req))
}

/**
 * The anonymous visitor a request comes from: the one its signed token names, or a new one whose
 * `token` the answer hands back.
 */
export function visitor(req: MedusaRequest): { id: string; token?: string } {
  const known = knownVisitor(req)
  return known ? { id: known } : issueVisitorToken(visitorSecret(req))
}

/**
 * Who votes (on an article, or a review as helpful): a customer, or a visitor by the signed token
 * they were handed and their client of the day. A visitor without a valid token gets a new one
 * (`token`), which the answer hands back. The votes' unique indexes do the rest.
 */
export function voter(req: AuthenticatedMedusaRequest): { key: string; client: string | null; token?: string } {
  if (req.auth_context?.actor_id) {
    return { key: `customer:${req.auth_context.actor_id}`, client: null }
  }
  const { id, token } = visitor(req)
  return { key: `visitor:${id}`, client: clientHash(req, today()), token }
}
