import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminModerateCommentBody, Validated } from "@supplement-store/contract"
import { moderateCommentsWorkflow } from "../../../../workflows/community/moderate-comments"
import { ADMIN_COMMENT_FIELDS } from "../route"

/** GET /admin/comments/:id: a comment with its article and the comment it replies to. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { id: string }>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "comment", fields: ADMIN_COMMENT_FIELDS, filters: { id: req.params.id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Comment ${req.params.id} was not found`)
  }
  const parentId = data[0].parent_id
  const parent = parentId
    ? (await query.graph({ entity: "comment", fields: ADMIN_COMMENT_FIELDS, filters: { id: parentId } })).data[0]
    : null
  res.json({ comment: { ...data[0], parent } })
}

/** POST /admin/comments/:id with `{ status }`: approve, reject or mark as spam. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminModerateCommentBody>, { id: string }>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: found } = await query.graph({ entity: "comment", fields: ["id"], filters: { id: req.params.id } })
  if (!found.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Comment ${req.params.id} was not found`)
  }
  await moderateCommentsWorkflow(req.scope).run({ input: { ids: [req.params.id], status: req.validatedBody.status } })
  const { data } = await query.graph({ entity: "comment", fields: ADMIN_COMMENT_FIELDS, filters: { id: req.params.id } })
  res.json({ comment: data[0] })
}
