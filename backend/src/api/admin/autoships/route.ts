import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminAutoshipListResponse, AdminAutoshipsQuery, Validated } from "@supplement-store/contract"
import { listAutoshipViews, type AutoshipFilters } from "../../../lib/autoship/present"

const DAY_MS = 24 * 60 * 60 * 1000

/** GET /admin/autoships: the club's autoships, soonest shipment first, by status, customer, due dates (inclusive) or email. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminAutoshipListResponse>) {
  const { status, customer_id, due_from, due_to, q, limit, offset } = req.validatedQuery as Validated<typeof AdminAutoshipsQuery>
  const filters: AutoshipFilters = {
    ...(status && { status }),
    ...(customer_id && { customer_id }),
    ...(q && { email: { $ilike: `%${q.replace(/[\\%_]/g, "\\$&")}%` } }),
    ...((due_from || due_to) && {
      next_order_at: {
        ...(due_from && { $gte: new Date(due_from) }),
        ...(due_to && { $lt: new Date(Date.parse(due_to) + DAY_MS) }),
      },
    }),
  }
  const { autoships, count } = await listAutoshipViews(req.scope, filters, { limit, offset, withCustomer: true })
  res.json({ autoships, count, limit, offset })
}
