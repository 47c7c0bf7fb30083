import { type NextRequest, NextResponse } from "next/server"

import { pathAfterPaymentRedirect } from "@/modules/checkout/place-order"

const REVIEW_STEP = "/checkout?step=review"

/**
 * Stripe's `return_url` after 3-D Secure or a bank's page. Stripe adds `payment_intent` and
 * `redirect_status`. A status other than "succeeded" goes straight back to the review step, which
 * keeps the cart and shows Stripe's reason (completing an unpaid cart would make Medusa mark its
 * payment session as failed). "succeeded" is only a hint: pathAfterPaymentRedirect completes the
 * cart only for this browser's session of that intent, after Stripe confirms it to Medusa. The
 * webhook places the order as well if the shopper never comes back.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const path =
    params.get("redirect_status") === "succeeded"
      ? await pathAfterPaymentRedirect(params.get("payment_intent") ?? "")
      : REVIEW_STEP
  return NextResponse.redirect(new URL(path, request.url), 303)
}
