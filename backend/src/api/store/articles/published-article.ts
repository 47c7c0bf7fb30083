import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"
import { publishedFilter } from "./queries"

/** The published article named by the route's `:handle`, or a 404. */
export async function publishedArticle(req: MedusaRequest<unknown, { handle: string }>) {
  const [article] = await req.scope
    .resolve<NewsModuleService>(NEWS_MODULE)
    .listArticles({ handle: req.params.handle, ...publishedFilter() }, { select: ["id", "handle", "title"] })
  if (!article) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Article "${req.params.handle}" was not found`)
  }
  return article
}
