import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMMUNITY_MODULE } from "../../../../../modules/community"
import type CommunityModuleService from "../../../../../modules/community/service"
import { toggleVoteWorkflow } from "../../../../../workflows/community/toggle-vote"
import { voter } from "../../../../utils/voter"
import { publishedArticle } from "../../published-article"

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
