import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreArticleClickBody, Validated } from "@supplement-store/contract"
import { NEWS_MODULE } from "../../../../modules/news"
import type NewsModuleService from "../../../../modules/news/service"
import { recordArticleClickWorkflow } from "../../../../workflows/attribution/record-article-click"
import { recordForVisitor } from "../../../utils/attribution"

/** POST /store/attribution/clicks: the visitor clicked a product this published article features. */
export async function POST(req: MedusaRequest<Validated<typeof StoreArticleClickBody>>, res: MedusaResponse) {
  const { article_handle, product_id } = req.validatedBody
  await recordForVisitor(req, res, async (visitorId) => {
    const article = await req.scope.resolve<NewsModuleService>(NEWS_MODULE).retrievePublishedArticle(article_handle)
    await recordArticleClickWorkflow(req.scope).run({
      input: { visitor_id: visitorId, article_id: article.id, product_id, now: new Date().toISOString() },
    })
  })
}
