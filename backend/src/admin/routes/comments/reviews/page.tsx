import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import { excerpt } from "../../../components/comments/api"
import {
  BulkModerationBar,
  QueueRow,
  QueueTabs,
  QueueTable,
  QueueTitle,
  StatusDateCell,
} from "../../../components/moderation/moderation-queue"
import { useQueueParams, useRowSelection, useStepBackFromEmptyPage } from "../../../components/moderation/use-queue"
import { Pager } from "../../../components/pager"
import { isReviewStatus, reviewKeys, reviewsApi } from "../../../components/reviews/api"
import { RatingStars } from "../../../components/reviews/rating-stars"
import { ReviewActions } from "../../../components/reviews/review-actions"
import { ReviewBadges, ReviewDetailDrawer } from "../../../components/reviews/review-detail-drawer"
import { useModerateReviews } from "../../../components/reviews/use-moderate-reviews"

const PAGE_SIZE = 20

/**
 * The review moderation queue, beside comments: customers' product reviews by status (pending
 * first), optionally of one product, with row and bulk moderation and the store's reply.
 */
const ReviewsPage = () => {
  const { searchParams, updateParams, tab, status, page, openId, setTab, setPage } = useQueueParams({
    isStatus: isReviewStatus,
    detailParam: "review",
  })
  const productId = searchParams.get("product_id") ?? undefined

  const params = { status, product_id: productId, limit: PAGE_SIZE, offset: page * PAGE_SIZE }
  const { data, isLoading, isError, error, isFetching } = useQuery({
    queryKey: reviewKeys.list(params),
    queryFn: () => reviewsApi.list(params),
    placeholderData: keepPreviousData,
  })
  const { data: pendingData } = useQuery({
    queryKey: reviewKeys.pendingCount(productId),
    queryFn: () => reviewsApi.list({ status: "pending", product_id: productId, limit: 1, offset: 0 }),
  })
  const pendingCount = pendingData?.count

  const reviews = useMemo(() => data?.reviews ?? [], [data])
  const count = data?.count ?? 0
  const openReview = reviews.find((review) => review.id === openId) ?? null
  // Only the filtered list knows the product's title; keep it while it shows.
  const productTitle = reviews.find((review) => review.product?.id === productId)?.product?.title

  useStepBackFromEmptyPage(data && { rows: data.reviews.length, count: data.count, pageSize: PAGE_SIZE, isFetching }, page, setPage)

  const selection = useRowSelection(reviews, `${tab}:${page}:${productId ?? ""}`)
  const moderateMany = useModerateReviews()

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <QueueTitle title="Reviews" pendingCount={pendingCount} />
          <Text size="small" className="text-ui-fg-subtle">
            Customers&apos; product reviews. A review shows on the storefront, and counts in the product&apos;s stars, once approved.
          </Text>
        </div>
        {productId && (
          <div className="flex items-center gap-2">
            <Text size="small">
              Product: <span className="font-medium">{productTitle ?? productId}</span>
            </Text>
            <button
              type="button"
              className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              onClick={() => updateParams({ product_id: undefined, page: undefined, review: undefined })}
            >
              Show all products
            </button>
          </div>
        )}
      </div>

      <QueueTabs tab={tab} pendingCount={pendingCount} selectedCount={selection.selectedIds.length} onTabChange={setTab} />

      <QueueTable
        noun="reviews"
        columns={["Product", "Review", "Reviewer", "Status / date"]}
        selection={selection}
        rowCount={reviews.length}
        tab={tab}
        query={{ isLoading, isFetching, isError, error }}
      >
        {reviews.map((review) => (
          <QueueRow
            key={review.id}
            id={review.id}
            selectLabel={`Select review by ${review.author_name}`}
            selection={selection}
            onOpen={() => updateParams({ review: review.id })}
          >
            <Table.Cell className="min-w-[140px] max-w-[220px]">
              {review.product ? (
                <Link
                  to={`/products/${review.product.id}`}
                  className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover line-clamp-2 break-words"
                  title={review.product.title}
                  onClick={(e) => e.stopPropagation()}
                >
                  {review.product.title}
                </Link>
              ) : (
                <Text size="small" className="text-ui-fg-subtle">
                  Deleted product
                </Text>
              )}
            </Table.Cell>
            <Table.Cell className="min-w-[260px] max-w-[440px]">
              <RatingStars rating={review.rating} />
              <p className="txt-compact-small-plus text-ui-fg-base mt-1 break-words [overflow-wrap:anywhere]">{review.title}</p>
              <p className="txt-compact-small text-ui-fg-subtle line-clamp-3 whitespace-pre-wrap break-words [overflow-wrap:anywhere]">
                {excerpt(review.body)}
              </p>
              <div className="mt-1.5">
                <ReviewBadges review={review} />
              </div>
              {review.reply && (
                <Text size="xsmall" className="text-ui-fg-muted mt-1">
                  ↳ the store replied
                </Text>
              )}
            </Table.Cell>
            <Table.Cell className="max-w-[200px]">
              <Text size="small" className="truncate" title={review.author_name}>
                {review.author_name}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle truncate" title={review.email}>
                {review.email}
              </Text>
            </Table.Cell>
            <StatusDateCell status={review.status} createdAt={review.created_at} />
            <Table.Cell>
              <ReviewActions id={review.id} status={review.status} />
            </Table.Cell>
          </QueueRow>
        ))}
      </QueueTable>
      <Pager count={count} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />

      <BulkModerationBar
        selectedIds={selection.selectedIds}
        hidden={!!openReview}
        moderateMany={moderateMany}
        onModerated={selection.clear}
      />

      <ReviewDetailDrawer review={openReview} onOpenChange={(open) => !open && updateParams({ review: undefined })} />
    </Container>
  )
}

// A sub-item of Comments in the sidebar: the two moderation queues sit together.
export const config = defineRouteConfig({ label: "Reviews" })

export const handle = { breadcrumb: () => "Reviews" }

export default ReviewsPage
