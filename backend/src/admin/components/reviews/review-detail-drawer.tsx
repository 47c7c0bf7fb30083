import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Badge, Text } from "@medusajs/ui"
import type { AdminReview } from "@supplement-store/contract"
import { Link } from "react-router-dom"
import { formatCommentDate } from "../comments/api"
import { CommentBody } from "../comments/comment-detail-drawer"
import { ModerationStatusBadge, SpamReasonBadge } from "../comments/comment-status-badge"
import { DrawerSection, ModerationDrawer } from "../moderation/moderation-drawer"
import { storefrontProductUrl } from "./api"
import { RatingStars } from "./rating-stars"
import { ReviewActions } from "./review-actions"
import { ReviewReplyEditor } from "./review-reply-editor"

/** Badges a moderator reads first: verified purchase, and why the spam rules flagged it. */
export const ReviewBadges = ({ review }: { review: AdminReview }) => (
  <div className="flex flex-wrap items-center gap-1.5">
    {review.verified_buyer ? (
      <Badge size="2xsmall" color="green">
        Verified buyer
      </Badge>
    ) : (
      <Badge size="2xsmall" color="grey">
        Not a verified buyer
      </Badge>
    )}
    {review.spam_reason && <SpamReasonBadge reason={review.spam_reason} />}
  </div>
)

type Props = {
  /** The review shown, from the queue's current page; null closes the drawer. */
  review: AdminReview | null
  onOpenChange: (open: boolean) => void
}

/** The whole review with its product, the reviewer, the store's reply editor and the moderation buttons. */
export const ReviewDetailDrawer = ({ review, onOpenChange }: Props) => (
  <ModerationDrawer
    title="Review"
    open={!!review}
    onOpenChange={onOpenChange}
    actions={review && <ReviewActions id={review.id} status={review.status} emphasis />}
  >
    {review && (
      <>
        <DrawerSection title="Review">
          <div className="flex flex-wrap items-center gap-2">
            <RatingStars rating={review.rating} />
            <ModerationStatusBadge status={review.status} />
          </div>
          <ReviewBadges review={review} />
          <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-md border px-3 py-2">
            <Text size="small" weight="plus" className="break-words [overflow-wrap:anywhere]">
              {review.title}
            </Text>
            <CommentBody body={review.body} />
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle break-words [overflow-wrap:anywhere]">
            {review.author_name} · {review.email} · {formatCommentDate(review.created_at)}
            {review.updated_at !== review.created_at ? ` · edited ${formatCommentDate(review.updated_at)}` : ""}
            {` · ${review.helpful_count} found it helpful`}
          </Text>
        </DrawerSection>

        <DrawerSection title="Product">
          {review.product ? (
            <div className="flex flex-col gap-y-1">
              <Text size="small" className="break-words [overflow-wrap:anywhere]">
                {review.product.title}
              </Text>
              <div className="flex flex-wrap gap-x-4">
                <Link to={`/products/${review.product.id}`} className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                  Open in admin
                </Link>
                <a
                  href={storefrontProductUrl(review.product.handle)}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex items-center gap-x-1"
                >
                  View on storefront
                  <ArrowUpRightOnBox />
                </a>
              </div>
            </div>
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              The product was deleted.
            </Text>
          )}
        </DrawerSection>

        <DrawerSection title="Reply as the store">
          {/* Keyed by review: switching reviews starts a fresh draft. */}
          <ReviewReplyEditor key={review.id} review={review} />
        </DrawerSection>
      </>
    )}
  </ModerationDrawer>
)
