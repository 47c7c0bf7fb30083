import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Checkbox, CommandBar, Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import type { ReviewStatus } from "@supplement-store/contract"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { Fragment, useEffect, useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { errorMessage, excerpt, formatCommentDate } from "../../../components/comments/api"
import { ModerationStatusBadge } from "../../../components/comments/comment-status-badge"
import { MODERATION_ACTIONS } from "../../../components/comments/use-moderate"
import { Pager } from "../../../components/pager"
import { isReviewStatus, reviewKeys, reviewsApi } from "../../../components/reviews/api"
import { RatingStars } from "../../../components/reviews/rating-stars"
import { ReviewActions } from "../../../components/reviews/review-actions"
import { ReviewBadges, ReviewDetailDrawer } from "../../../components/reviews/review-detail-drawer"
import { useModerateReviews } from "../../../components/reviews/use-moderate-reviews"
import { useUpdateSearchParams } from "../../../lib/use-update-search-params"

const PAGE_SIZE = 20
const ALL = "all"
const DEFAULT_TAB: ReviewStatus = "pending"

const TABS: { value: ReviewStatus | typeof ALL; label: string }[] = [
  { value: "pending", label: "Pending" },
  { value: "approved", label: "Approved" },
  { value: "rejected", label: "Rejected" },
  { value: "spam", label: "Spam" },
  { value: ALL, label: "All" },
]

/**
 * The review moderation queue, beside comments: customers' product reviews by status (pending
 * first), optionally of one product, with row and bulk moderation and the store's reply.
 */
const ReviewsPage = () => {
  const [searchParams, updateParams] = useUpdateSearchParams()
  const statusParam = searchParams.get("status")
  const tab: ReviewStatus | typeof ALL = statusParam === ALL ? ALL : isReviewStatus(statusParam) ? statusParam : DEFAULT_TAB
  const status = tab === ALL ? undefined : tab
  const productId = searchParams.get("product_id") ?? undefined
  const page = Math.max(0, Math.floor(Number(searchParams.get("page") ?? 0)) || 0)
  const openId = searchParams.get("review")

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

  // After moderating the last rows of a page (they leave the filtered list), step back a page.
  useEffect(() => {
    if (!isFetching && data && data.reviews.length === 0 && page > 0) {
      const last = Math.max(0, Math.ceil(data.count / PAGE_SIZE) - 1)
      updateParams({ page: last > 0 ? String(Math.min(last, page - 1)) : undefined })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, isFetching, page])

  // Selection is kept per id; only rows on the current page count, and a new view starts empty.
  const [selection, setSelection] = useState<Record<string, boolean>>({})
  const view = `${tab}:${page}:${productId ?? ""}`
  const [selectionView, setSelectionView] = useState(view)
  if (selectionView !== view) {
    setSelectionView(view)
    setSelection({})
  }
  const selectedIds = reviews.filter((r) => selection[r.id]).map((r) => r.id)
  const allSelected = reviews.length > 0 && selectedIds.length === reviews.length
  const someSelected = selectedIds.length > 0 && !allSelected
  const toggleAll = (checked: boolean) => setSelection(checked ? Object.fromEntries(reviews.map((r) => [r.id, true])) : {})
  const toggleOne = (id: string, checked: boolean) => setSelection((prev) => ({ ...prev, [id]: checked }))

  const moderateMany = useModerateReviews()
  const runBulk = (target: ReviewStatus) => {
    if (!selectedIds.length || moderateMany.isPending) return
    moderateMany.mutate({ ids: selectedIds, status: target }, { onSuccess: () => setSelection({}) })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <div className="flex items-center gap-x-2">
            <Heading level="h1">Reviews</Heading>
            {pendingCount !== undefined && (
              <Badge size="2xsmall" color={pendingCount > 0 ? "orange" : "grey"}>
                {pendingCount} pending
              </Badge>
            )}
          </div>
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

      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Tabs
          value={tab}
          onValueChange={(value) => updateParams({ status: value === DEFAULT_TAB ? undefined : value, page: undefined, review: undefined })}
        >
          <Tabs.List>
            {TABS.map((t) => (
              <Tabs.Trigger key={t.value} value={t.value}>
                {t.label}
                {t.value === "pending" && pendingCount ? ` (${pendingCount})` : ""}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        {selectedIds.length > 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            {selectedIds.length} selected
          </Text>
        )}
      </div>

      <div className={`overflow-x-auto ${isFetching && !isLoading ? "opacity-70 transition-opacity" : ""}`}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="w-10">
                <Checkbox
                  aria-label="Select all reviews on this page"
                  checked={allSelected ? true : someSelected ? "indeterminate" : false}
                  disabled={!reviews.length}
                  onCheckedChange={(checked) => toggleAll(checked === true)}
                />
              </Table.HeaderCell>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>Review</Table.HeaderCell>
              <Table.HeaderCell>Reviewer</Table.HeaderCell>
              <Table.HeaderCell>Status / date</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Actions</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {reviews.map((review) => (
              <Table.Row
                key={review.id}
                className={`cursor-pointer [&_td]:h-auto [&_td]:py-3 [&_td]:align-top ${
                  selection[review.id] ? "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover" : ""
                }`}
                onClick={() => updateParams({ review: review.id })}
              >
                <Table.Cell onClick={(e) => e.stopPropagation()}>
                  <Checkbox
                    aria-label={`Select review by ${review.author_name}`}
                    checked={!!selection[review.id]}
                    onCheckedChange={(checked) => toggleOne(review.id, checked === true)}
                  />
                </Table.Cell>
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
                <Table.Cell className="whitespace-nowrap">
                  <ModerationStatusBadge status={review.status} />
                  <Text size="xsmall" className="text-ui-fg-subtle mt-1.5">
                    {formatCommentDate(review.created_at)}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <ReviewActions id={review.id} status={review.status} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {isLoading && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-6">
            Loading reviews…
          </Text>
        )}
        {isError && (
          <Text size="small" className="text-ui-fg-error px-6 py-6">
            Could not load reviews: {errorMessage(error)}
          </Text>
        )}
        {!isLoading && !isError && reviews.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-6">
            {tab === "pending" ? "Nothing to moderate: no reviews are waiting." : "No reviews here."}
          </Text>
        )}
      </div>
      <Pager
        count={count}
        pageSize={PAGE_SIZE}
        page={page}
        onPageChange={(next) => updateParams({ page: next > 0 ? String(next) : undefined })}
      />

      <CommandBar open={selectedIds.length > 0 && !openReview}>
        <CommandBar.Bar>
          <CommandBar.Value>{selectedIds.length} selected</CommandBar.Value>
          {MODERATION_ACTIONS.map((action) => (
            <Fragment key={action.status}>
              <CommandBar.Seperator />
              <CommandBar.Command
                label={action.bulkLabel}
                shortcut={action.shortcut}
                disabled={moderateMany.isPending}
                action={() => runBulk(action.status)}
              />
            </Fragment>
          ))}
        </CommandBar.Bar>
      </CommandBar>

      <ReviewDetailDrawer review={openReview} onOpenChange={(open) => !open && updateParams({ review: undefined })} />
    </Container>
  )
}

// A sub-item of Comments in the sidebar: the two moderation queues sit together.
export const config = defineRouteConfig({ label: "Reviews" })

export const handle = { breadcrumb: () => "Reviews" }

export default ReviewsPage
