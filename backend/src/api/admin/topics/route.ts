import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCreateTopicBody, Validated } from "@supplement-store/contract"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"

/** GET /admin/topics */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const topics = await req.scope.resolve<NewsModuleService>(NEWS_MODULE).listTopics({}, { order: { name: "ASC" } })
  res.json({ topics })
}

/** POST /admin/topics */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminCreateTopicBody>>, res: MedusaResponse) {
  const topic = await req.scope.resolve<NewsModuleService>(NEWS_MODULE).createTopics(req.validatedBody)
  res.status(201).json({ topic })
}
