import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { JoinClubBody, Validated } from "@supplement-store/contract"
import { CLUB } from "../../../../../lib/club"
import { joinClubWorkflow } from "../../../../../workflows/club/join-club"

async function membership(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "groups.name"],
    filters: { id: req.auth_context.actor_id },
  })
  const customer = data[0] as unknown as { groups?: ({ name: string } | null)[] } | undefined
  const groups = (customer?.groups ?? []).filter((group): group is { name: string } => !!group)
  return {
    member: groups.some((group) => group.name === CLUB.group),
    group: { name: CLUB.group },
    percent_off: CLUB.percentOff,
  }
}

/** GET /store/customers/me/club: whether the logged-in customer is a club member. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await membership(req))
}

/** POST /store/customers/me/club with optional `{ cart_id }`: joins the club and reprices that cart. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof JoinClubBody>>, res: MedusaResponse) {
  await joinClubWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, cart_id: req.validatedBody.cart_id },
  })
  res.json(await membership(req))
}
