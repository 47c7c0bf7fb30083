import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VISITOR_TOKEN_HEADER } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../../../../modules/community"
import type CommunityModuleService from "../../../../../modules/community/service"
import { toggleVoteWorkflow } from "../../../../../workflows/community/toggle-vote"
import { clientHash, today } from "../../../../utils/client"
import { issueVisitorToken, readVisitorToken } from "../../../../utils/visitor-token"
import { publishedArticle } from "../../published-article"

/** Who votes: a customer, or a visitor by their token and their client (see the community module's addVote). */
function voter(req: AuthenticatedMedusaRequest): { key: string; client: string | null; token?: string } {
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

/** GET /store/articles/:handle/votes: the article's votes and whether this reader voted. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { handle: string }>, res: MedusaResponse) {
  const article = await publishedArticle(req)
  const community: CommunityModuleService = req.scope.resolve(COMMUNITY_MODULE)
  const { key, token } = voter(req)
  const [votes, mine] = await Promise.all([
    community.listAndCountVotes({ article_id: article.id }, { select: ["id"], take: 1 }).then(([, count]) => count),
    token ? [] : community.listVotes({ article_id: article.id, voter_key: key }, { select: ["id"] }),
  ])
  res.json({ votes, voted: mine.length > 0 })
}

/**
 * POST /store/articles/:handle/votes: votes for the article, or takes the vote back when this reader
 * already voted (a toggle). A reader is a customer, or a visitor with the token this route hands out;
 * 409 when the visitor's client already has another visitor vote for the article today.
 */
export async function POST(req: AuthenticatedMedusaRequest<unknown, { handle: string }>, res: MedusaResponse) {
  const article = await publishedArticle(req)
  const { key, client, token } = voter(req)
  const { result: voted } = await toggleVoteWorkflow(req.scope).run({
    input: { article_id: article.id, voter_key: key, client_hash: client },
  })
  const [, votes] = await req.scope
    .resolve<CommunityModuleService>(COMMUNITY_MODULE)
    .listAndCountVotes({ article_id: article.id }, { select: ["id"], take: 1 })
  res.json({ votes, voted, ...(token ? { visitor_token: token } : {}) })
}
