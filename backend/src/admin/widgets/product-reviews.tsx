import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { MAX_REVIEW_RATING } from "@supplement-store/contract"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { reviewKeys, reviewsApi } from "../components/reviews/api"
import { RatingStars } from "../components/reviews/rating-stars"
import { sdk } from "../lib/sdk"

type SummaryRow = { count: number; average: number } & Record<`rating_${1 | 2 | 3 | 4 | 5}`, number>

const STARS = [5, 4, 3, 2, 1] as const

/** The product's rating summary (approved reviews), what waits for moderation, and a link to its reviews in the queue. */
const ProductReviewsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data: summaryData } = useQuery({
    queryKey: reviewKeys.summary(product.id),
    queryFn: () =>
      sdk.admin.product.retrieve(product.id, { fields: "id,*review_summary" }) as Promise<{
        product: { review_summary?: SummaryRow | null }
      }>,
  })
  const { data: pendingData } = useQuery({
    queryKey: reviewKeys.pendingCount(product.id),
    queryFn: () => reviewsApi.list({ status: "pending", product_id: product.id, limit: 1, offset: 0 }),
  })
  const summary = summaryData?.product.review_summary
  const count = summary?.count ?? 0
  const pending = pendingData?.count ?? 0
  const queue = (status?: string) => `/comments/reviews?product_id=${product.id}${status ? `&status=${status}` : ""}`

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Reviews</Heading>
        {pending > 0 && (
          <Link to={queue()}>
            <Badge size="2xsmall" color="orange">
              {pending} pending
            </Badge>
          </Link>
        )}
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {count > 0 ? (
          <>
            <div className="flex items-center gap-x-2">
              <RatingStars rating={summary!.average} />
              <Text size="small" weight="plus">
                {summary!.average.toFixed(1)} / {MAX_REVIEW_RATING}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                from {count} approved {count === 1 ? "review" : "reviews"}
              </Text>
            </div>
            <ul className="flex flex-col gap-y-1">
              {STARS.map((stars) => {
                const n = summary![`rating_${stars}`]
                return (
                  <li key={stars} className="grid grid-cols-[3rem_1fr_2rem] items-center gap-x-2">
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {stars} ★
                    </Text>
                    <div className="bg-ui-bg-component h-1.5 overflow-hidden rounded-full">
                      <div className="bg-ui-tag-orange-icon h-full" style={{ width: `${(n / count) * 100}%` }} />
                    </div>
                    <Text size="xsmall" className="text-ui-fg-subtle text-right">
                      {n}
                    </Text>
                  </li>
                )
              })}
            </ul>
          </>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No approved reviews yet.
          </Text>
        )}
        <Link to={queue("all")} className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover w-fit">
          See this product&apos;s reviews in the moderation queue
        </Link>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductReviewsWidget
