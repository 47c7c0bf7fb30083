import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCreateAuthorBody, Validated } from "@supplement-store/contract"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"
import { createAuthorWorkflow } from "../../../workflows/news/create-author"

/** GET /admin/authors */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const authors = await req.scope.resolve<NewsModuleService>(NEWS_MODULE).listAuthors({}, { order: { name: "ASC" } })
  res.json({ authors })
}

/** POST /admin/authors: creates an author. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminCreateAuthorBody>>, res: MedusaResponse) {
  const { result: author } = await createAuthorWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ author })
}
