import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { ReviewRequestData } from "../../../modules/email/templates/reviews"

/** One order's "review your purchase" mail: one per order, whichever of shipment or time comes first. */
export type ReviewRequest = { order_id: string; to: string; idempotency_key: string; data: ReviewRequestData }

export const reviewRequestKey = (orderId: string) => `review-request-${orderId}`

type OrderForRequest = {
  id: string
  display_id: number
  email: string | null
  status: string
  customer_id: string | null
  customer: { has_account: boolean; first_name: string | null } | null
  items: ({ product_id: string | null } | null)[] | null
}

/**
 * Works out the mails the orders call for, skipping what needs none: cancelled or draft orders, guest
 * orders without an account, orders already asked about, and products the customer already reviewed
 * (or that left the store); an order with nothing left to review gets no mail. A read: nothing to undo.
 */
export const prepareReviewRequestsStep = createStep(
  "prepare-review-requests",
  async ({ order_ids }: { order_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "email", "status", "customer_id", "customer.has_account", "customer.first_name", "items.product_id"],
      filters: { id: order_ids },
    })
    const asked = await container
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ template: "review-request", resource_id: order_ids }, { select: ["resource_id"] })
    const alreadyAsked = new Set(asked.map((notification) => notification.resource_id))
    const orders = (data as unknown as OrderForRequest[]).filter(
      (order) =>
        order.email &&
        order.customer_id &&
        order.customer?.has_account &&
        !["canceled", "draft"].includes(order.status) &&
        !alreadyAsked.has(order.id)
    )
    if (!orders.length) {
      return new StepResponse([] as ReviewRequest[])
    }

    const productIds = [...new Set(orders.flatMap((order) => (order.items ?? []).map((item) => item?.product_id).filter(Boolean) as string[]))]
    const [{ data: products }, reviewed] = await Promise.all([
      query.graph({ entity: "product", fields: ["id", "title", "handle"], filters: { id: productIds, status: "published" } }),
      container
        .resolve<ReviewsModuleService>(REVIEWS_MODULE)
        .listReviews({ customer_id: orders.map((order) => order.customer_id!), product_id: productIds }, { select: ["customer_id", "product_id"] }),
    ])
    const productById = new Map(products.map((product) => [product.id, product]))
    const reviewedKeys = new Set(reviewed.map((review) => `${review.customer_id}:${review.product_id}`))
    const { storefrontUrl } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin

    const requests: ReviewRequest[] = []
    for (const order of orders) {
      const toReview = [...new Set((order.items ?? []).map((item) => item?.product_id))]
        .filter((id): id is string => Boolean(id) && productById.has(id!) && !reviewedKeys.has(`${order.customer_id}:${id}`))
        .map((id) => productById.get(id)!)
      if (toReview.length) {
        requests.push({
          order_id: order.id,
          to: order.email!,
          idempotency_key: reviewRequestKey(order.id),
          data: {
            first_name: order.customer?.first_name ?? null,
            display_id: order.display_id,
            products: toReview.map((product) => ({ title: product.title, url: `${storefrontUrl}/products/${product.handle}#write-review` })),
          },
        })
      }
    }
    return new StepResponse(requests)
  }
)
