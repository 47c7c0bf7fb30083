import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ForumResponse, ListForumThreadsQuery, Validated } from "@supplement-store/contract"
import { forumByHandle, forumThreads } from "../queries"

/** GET /store/forums/:handle: a forum (archived ones too) and one page of its shown threads, pinned first. */
export async function GET(req: MedusaRequest, res: MedusaResponse<ForumResponse>) {
  const { limit, offset } = req.validatedQuery as Validated<typeof ListForumThreadsQuery>
  const forum = await forumByHandle(req.scope, req.params.handle)
  res.json({ forum, ...(await forumThreads(req.scope, forum.id, { limit, offset })), limit, offset })
}
