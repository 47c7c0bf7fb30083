import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWS_MODULE } from "../../../../../modules/news"
import type NewsModuleService from "../../../../../modules/news/service"
import { clientHash, today } from "../../../../utils/client"
import { publishedArticle } from "../../published-article"

/**
 * POST /store/articles/:handle/views: counts a reader's view, at most once per client and day. The
 * visitor is a hash of address, day and a server secret (not the user agent, which anyone can rotate):
 * the address is never stored, and the hash cannot be linked across days.
 */
export async function POST(req: MedusaRequest<unknown, { handle: string }>, res: MedusaResponse) {
  const article = await publishedArticle(req)
  const day = today()
  const visitor = clientHash(req, day)
  const counted = await req.scope.resolve<NewsModuleService>(NEWS_MODULE).recordView(article.id, visitor, day)
  res.status(counted ? 201 : 200).json({ counted })
}
