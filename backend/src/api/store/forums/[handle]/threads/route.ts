import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreateForumThreadBody, CreateForumThreadResponse, Validated } from "@supplement-store/contract"
import { createForumThreadWorkflow } from "../../../../../workflows/community/create-forum-thread"
import { forumAuthor } from "../../author"

/** POST /store/forums/:handle/threads: a customer starts a thread (a first forum post waits for a moderator). */
export async function POST(
  req: AuthenticatedMedusaRequest<Validated<typeof CreateForumThreadBody>>,
  res: MedusaResponse<CreateForumThreadResponse>
) {
  const { title, body, follow } = req.validatedBody
  const { result } = await createForumThreadWorkflow(req.scope).run({
    input: { ...(await forumAuthor(req)), forum_handle: req.params.handle, title, body, follow },
  })
  res.status(201).json(result)
}
