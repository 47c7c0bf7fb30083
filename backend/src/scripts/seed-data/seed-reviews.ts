import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { ReviewStatus } from "@supplement-store/contract"
import { REVIEWS_MODULE } from "../../modules/reviews"
import type ReviewsModuleService from "../../modules/reviews/service"
import { refreshReviewSummariesWorkflow } from "../../workflows/reviews/refresh-review-summaries"
import { products } from "./catalog"
import { reviewers, reviews, type SeedReviewer } from "./reviews"

type SeedContext = {
  container: MedusaContainer
  log: (message: string) => void
  regionId: string
  salesChannelId: string
}

const DAY_MS = 86_400_000
/** Seeded reviews were not typed by a visitor: no client address behind them. */
const SEED_CLIENT = "seed"

/**
 * The demo store's reviews: reviewer customers, one real order for each reviewer who bought (so their
 * reviews of those products are a verified buyer's), the reviews in one bulk create, and the rating
 * summaries through the backend's own summary workflow (which also tells search). Reviews are keyed
 * by product and customer, so a second run adds nothing.
 */
export async function ensureReviews(ctx: SeedContext) {
  const customerIds = await ensureReviewers(ctx)
  const productIds = await productIdsByHandle(ctx.container)
  const reviewsModule = ctx.container.resolve<ReviewsModuleService>(REVIEWS_MODULE)

  const existing = await reviewsModule.listReviews(
    { customer_id: [...customerIds.values()] },
    { select: ["product_id", "customer_id"], take: null }
  )
  const written = new Set(existing.map((review) => `${review.product_id}:${review.customer_id}`))
  const missing = reviews.filter((review) => !written.has(`${productIds.get(review.product)}:${customerIds.get(review.by)}`))
  if (!missing.length) {
    return
  }

  const purchases = await ensurePurchases(ctx, customerIds)
  const reviewerByKey = new Map(reviewers.map((reviewer) => [reviewer.key, reviewer]))
  const now = Date.now()
  await reviewsModule.createReviews(
    missing.map((review) => {
      const reviewer = reviewerByKey.get(review.by)!
      const orderId = reviewer.bought.includes(review.product) ? purchases.get(reviewer.key) ?? null : null
      const createdAt = new Date(now - review.days_ago * DAY_MS)
      const status: ReviewStatus = review.status ?? "approved"
      return {
        product_id: productIds.get(review.product)!,
        customer_id: customerIds.get(review.by)!,
        order_id: orderId,
        verified_buyer: orderId !== null,
        author_name: `${reviewer.first_name} ${reviewer.last_name[0]}.`,
        email: reviewer.email,
        rating: review.rating,
        title: review.title,
        body: review.body,
        status,
        client_hash: SEED_CLIENT,
        reply: review.reply ?? null,
        replied_at: review.reply ? new Date(createdAt.getTime() + DAY_MS) : null,
        created_at: createdAt,
      }
    })
  )
  const reviewed = [...new Set(missing.map((review) => productIds.get(review.product)!))]
  await refreshReviewSummariesWorkflow(ctx.container).run({ input: { product_ids: reviewed } })
  ctx.log(`${missing.length} reviews created on ${reviewed.length} products`)
}

async function productIdsByHandle(container: MedusaContainer): Promise<Map<string, string>> {
  const handles = [...new Set(reviews.map((review) => review.product))]
  const rows = await container.resolve(Modules.PRODUCT).listProducts({ handle: handles }, { select: ["id", "handle"] })
  return new Map(rows.map((product) => [product.handle, product.id]))
}

async function ensureReviewers({ container, log }: SeedContext): Promise<Map<string, string>> {
  const customers = container.resolve(Modules.CUSTOMER)
  const emails = reviewers.map((reviewer) => reviewer.email)
  const known = new Set((await customers.listCustomers({ email: emails }, { select: ["email"] })).map((c) => c.email))
  const missing = reviewers.filter((reviewer) => !known.has(reviewer.email))
  if (missing.length) {
    await createCustomersWorkflow(container).run({
      input: { customersData: missing.map(({ first_name, last_name, email }) => ({ first_name, last_name, email })) },
    })
    log(`${missing.length} reviewer customers created`)
  }
  const all = await customers.listCustomers({ email: emails }, { select: ["id", "email"] })
  const idByEmail = new Map(all.map((customer) => [customer.email, customer.id]))
  return new Map(reviewers.map((reviewer) => [reviewer.key, idByEmail.get(reviewer.email)!]))
}

/**
 * One order per reviewer who bought, holding the products they bought (through Medusa's order
 * workflow, priced as the store prices them). Answers each such reviewer's order id.
 */
async function ensurePurchases(ctx: SeedContext, customerIds: Map<string, string>): Promise<Map<string, string>> {
  const { container, log } = ctx
  const buyers = reviewers.filter((reviewer) => reviewer.bought.length)
  const { data: placed } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { customer_id: buyers.map((buyer) => customerIds.get(buyer.key)!) },
  })
  const orderByCustomer = new Map(placed.map((order) => [order.customer_id!, order.id]))
  const productByHandle = new Map(products.map((product) => [product.handle, product]))
  const firstSkuOf = (handle: string) => productByHandle.get(handle)!.variants[0].sku
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants(
    { sku: buyers.flatMap((buyer) => buyer.bought.map(firstSkuOf)) },
    { select: ["id", "sku"] }
  )
  const variantBySku = new Map(variants.map((variant) => [variant.sku!, variant.id]))

  let created = 0
  for (const buyer of buyers) {
    const customerId = customerIds.get(buyer.key)!
    if (orderByCustomer.has(customerId)) {
      continue
    }
    const { result } = await createOrderWorkflow(container).run({
      input: {
        region_id: ctx.regionId,
        sales_channel_id: ctx.salesChannelId,
        customer_id: customerId,
        email: buyer.email,
        currency_code: "usd",
        shipping_address: addressOf(buyer),
        billing_address: addressOf(buyer),
        // One unit of the smallest size, at its regular price.
        items: buyer.bought.map((handle) => {
          const product = productByHandle.get(handle)!
          return {
            variant_id: variantBySku.get(product.variants[0].sku)!,
            title: product.title,
            quantity: 1,
            unit_price: product.variants[0].price,
          }
        }),
      },
    })
    orderByCustomer.set(customerId, result.id)
    created++
  }
  if (created) {
    log(`${created} reviewer orders placed`)
  }
  return new Map(buyers.map((buyer) => [buyer.key, orderByCustomer.get(customerIds.get(buyer.key)!)!]))
}

function addressOf(reviewer: SeedReviewer) {
  return {
    first_name: reviewer.first_name,
    last_name: reviewer.last_name,
    address_1: "200 Orchard Lane",
    city: "Asheville",
    province: "NC",
    postal_code: "28801",
    country_code: "us",
  }
}
