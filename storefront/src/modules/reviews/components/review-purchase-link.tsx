import Link from "next/link"

import { writeReviewHref } from "@/modules/reviews/utils"

type ReviewPurchaseLinkProps = {
  productHandle: string
  productTitle: string
  /** The customer already reviewed this product (whatever its status). */
  reviewed: boolean
}

/** Under an order's line: the way to review the product, or a note that the customer did. */
export default function ReviewPurchaseLink({ productHandle, productTitle, reviewed }: ReviewPurchaseLinkProps) {
  return (
    <Link
      href={writeReviewHref(productHandle)}
      aria-label={reviewed ? `You reviewed ${productTitle}: see your review` : `Review your purchase: ${productTitle}`}
      data-testid="review-purchase-link"
      className="mt-1 inline-block text-sm font-semibold text-leaf-700 underline underline-offset-4"
    >
      {reviewed ? "You reviewed this" : "Review your purchase"}
    </Link>
  )
}
