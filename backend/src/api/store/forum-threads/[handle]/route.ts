import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ForumThreadPageQuery, ForumThreadResponse, Validated } from "@supplement-store/contract"
import { threadPage } from "../../forums/queries"

/**
 * GET /store/forum-threads/:handle?page=N: one page of a shown thread's posts (numbers (N-1)*20+1 …
 * N*20, so a post's page never changes), with quotes and the products the posts link to. The thread's
 * forum is its current one, so a moved thread's old address can be redirected.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<ForumThreadResponse>) {
  const { page } = req.validatedQuery as Validated<typeof ForumThreadPageQuery>
  res.json(await threadPage(req.scope, req.params.handle, page))
}
