import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_REQUEST_AFTER_DAYS } from "@supplement-store/contract"
import { sendReviewRequestsWorkflow } from "../workflows/reviews/send-review-requests"

const DAY_MS = 24 * 3_600_000
/** Orders older than the delay by up to this many days still get their mail (the job was down, say); older ones never. */
const CATCH_UP_DAYS = 7
const PAGE = 200

/**
 * Every hour: asks customers to review orders placed REVIEW_REQUEST_AFTER_DAYS ago that have not
 * shipped (shipped ones were asked at shipment). Safe to repeat: each order is mailed once.
 */
export default async function requestReviews(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const due = Date.now() - REVIEW_REQUEST_AFTER_DAYS * DAY_MS
  const filters = {
    created_at: { $lte: new Date(due), $gte: new Date(due - CATCH_UP_DAYS * DAY_MS) },
    status: { $nin: ["canceled", "draft"] },
    customer_id: { $ne: null },
  }
  let mailed = 0
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({ entity: "order", fields: ["id"], filters, pagination: { skip, take: PAGE, order: { created_at: "ASC" } } })
    if (data.length) {
      const { result } = await sendReviewRequestsWorkflow(container).run({ input: { order_ids: data.map((order) => order.id) } })
      mailed += result.length
    }
    if (data.length < PAGE) {
      break
    }
  }
  if (mailed) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Asked the customers of ${mailed} orders for reviews`)
  }
}

export const config = {
  name: "request-reviews",
  schedule: "20 * * * *",
}
