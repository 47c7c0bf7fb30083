import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreateForumPostBody, CreateForumPostResponse, Validated } from "@supplement-store/contract"
import { createForumPostWorkflow } from "../../../../../workflows/community/create-forum-post"
import { forumAuthor } from "../../../forums/author"

/** POST /store/forum-threads/:handle/posts: a customer's reply, optionally quoting a shown post of the thread. */
export async function POST(
  req: AuthenticatedMedusaRequest<Validated<typeof CreateForumPostBody>>,
  res: MedusaResponse<CreateForumPostResponse>
) {
  const { body, quote_post_id, follow } = req.validatedBody
  const { result } = await createForumPostWorkflow(req.scope).run({
    input: { ...(await forumAuthor(req)), thread_handle: req.params.handle, body, quote_post_id, follow },
  })
  res.status(201).json(result)
}
