import type { MedusaRequest } from "@medusajs/framework/http"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"

/** The published article named by the route's `:handle`, or a 404. */
export async function publishedArticle(req: MedusaRequest<unknown, { handle: string }>) {
  return req.scope.resolve<NewsModuleService>(NEWS_MODULE).retrievePublishedArticle(req.params.handle)
}
