import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCreateTopicBody, Validated } from "@supplement-store/contract"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"
import { createTopicWorkflow } from "../../../workflows/news/create-topic"

/** GET /admin/topics */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const topics = await req.scope.resolve<NewsModuleService>(NEWS_MODULE).listTopics({}, { order: { name: "ASC" } })
  res.json({ topics })
}

/** POST /admin/topics: creates a topic. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminCreateTopicBody>>, res: MedusaResponse) {
  const { result: topic } = await createTopicWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ topic })
}
