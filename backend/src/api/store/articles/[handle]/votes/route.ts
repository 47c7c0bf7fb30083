import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../../../../../modules/community"
import type CommunityModuleService from "../../../../../modules/community/service"
import { issueVisitorToken, readVisitorToken } from "../../../../utils/visitor-token"
import { publishedArticle } from "../../published-article"

export const VISITOR_TOKEN_HEADER = "x-visitor-token"

function voter(req: AuthenticatedMedusaRequest) {
  if (req.auth_context?.actor_id) {
    return { key: `customer:${req.auth_context.actor_id}` }
  }
  const secret = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.cookieSecret!
  const known = readVisitorToken(req.get(VISITOR_TOKEN_HEADER), secret)
  if (known) {
    return { key: `visitor:${known}` }
  }
  const fresh = issueVisitorToken(secret)
  return { key: `visitor:${fresh.id}`, token: fresh.token }
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
 * already voted (a toggle). A reader is a customer, or a visitor with the token this route hands out.
 */
export async function POST(req: AuthenticatedMedusaRequest<unknown, { handle: string }>, res: MedusaResponse) {
  const article = await publishedArticle(req)
  const community: CommunityModuleService = req.scope.resolve(COMMUNITY_MODULE)
  const { key, token } = voter(req)

  const [existing] = await community.listVotes({ article_id: article.id, voter_key: key }, { select: ["id"] })
  if (existing) {
    await community.deleteVotes(existing.id)
  } else {
    await community.createVotes({ article_id: article.id, voter_key: key }).catch((error: Error) => {
      // A double click raced us to the same vote: it is there either way.
      if (!/unique|already exists/i.test(error.message)) {
        throw error
      }
    })
  }
  const [, votes] = await community.listAndCountVotes({ article_id: article.id }, { select: ["id"], take: 1 })
  res.json({ votes, voted: !existing, ...(token ? { visitor_token: token } : {}) })
}
