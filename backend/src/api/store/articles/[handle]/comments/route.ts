import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { CreateCommentBody, ListCommentsQuery, Validated } from "@supplement-store/contract"
import { FieldError } from "../../../../../lib/field-error"
import { COMMUNITY_MODULE } from "../../../../../modules/community"
import type CommunityModuleService from "../../../../../modules/community/service"
import { createCommentWorkflow } from "../../../../../workflows/community/create-comment"
import { botSignal } from "../../../../utils/bot-signal"
import { clientHash } from "../../../../utils/client"
import { publishedArticle } from "../../published-article"

/**
 * GET /store/articles/:handle/comments: approved comments as a thread, oldest first. Pagination is
 * over top-level comments; each carries all its approved replies, nested under their parent.
 */
export async function GET(req: MedusaRequest<unknown, { handle: string }>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as Validated<typeof ListCommentsQuery>
  const article = await publishedArticle(req)
  const thread = await req.scope.resolve<CommunityModuleService>(COMMUNITY_MODULE).listThread(article.id, { limit, offset })
  res.json({ ...thread, limit, offset })
}

/**
 * POST /store/articles/:handle/comments: a reader's comment or reply. Guests' comments wait for a
 * moderator; a logged-in customer's name and email come from the account, whatever the body says.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<Validated<typeof CreateCommentBody>, { handle: string }>,
  res: MedusaResponse
) {
  const article = await publishedArticle(req)
  const input = req.validatedBody
  const customerId = req.auth_context?.actor_id || null
  const customer = customerId ? await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId) : null

  // A customer speaks as their account: its email always, its name when it has one (a customer
  // without one names themselves, and checkCommentStep moderates a new name like a guest's).
  const accountName = [customer?.first_name, customer?.last_name].filter(Boolean).join(" ")
  const author_name = accountName || input.author_name
  const email = customer ? customer.email : input.email
  if (!author_name || !email) {
    throw new FieldError(!author_name ? { author_name: "Enter your name" } : { email: "Enter your email address" })
  }

  const { result: comment } = await createCommentWorkflow(req.scope).run({
    input: {
      article_id: article.id,
      parent_id: input.parent_id ?? null,
      author_name,
      email,
      body: input.body,
      customer_id: customerId,
      client_hash: clientHash(req),
      notify_on_reply: input.notify_on_reply,
      bot_signal: botSignal(input),
    },
  })
  const { id, status, parent_id, author_name: name, body, created_at } = comment
  res.status(201).json({ comment: { id, status, parent_id, author_name: name, body, created_at } })
}
