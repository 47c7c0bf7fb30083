import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreArticleReadBody, Validated } from "@supplement-store/contract"
import { NEWS_MODULE } from "../../../../modules/news"
import type NewsModuleService from "../../../../modules/news/service"
import { recordArticleReadWorkflow } from "../../../../workflows/attribution/record-article-read"
import { recordForVisitor } from "../../../utils/attribution"

/** POST /store/attribution/reads: the visitor read this published article (404 for any other). */
export async function POST(req: MedusaRequest<Validated<typeof StoreArticleReadBody>>, res: MedusaResponse) {
  await recordForVisitor(req, res, async (visitorId) => {
    const article = await req.scope.resolve<NewsModuleService>(NEWS_MODULE).retrievePublishedArticle(req.validatedBody.article_handle)
    await recordArticleReadWorkflow(req.scope).run({ input: { visitor_id: visitorId, article_id: article.id, now: new Date().toISOString() } })
  })
}
