import { type NextRequest, NextResponse } from "next/server"

import { pathAfterPaymentRedirect } from "@/lib/data/cart"

const REVIEW_STEP = "/checkout?step=review"

/**
 * Stripe's `return_url` after 3-D Secure or a bank's page. Stripe adds `redirect_status`: when it
 * succeeded the cart is completed (the order confirmation); otherwise the shopper is back on the
 * review step, which keeps the cart and shows Stripe's reason. Completing an unpaid cart is not even
 * tried: Medusa would mark its payment session as failed. The webhook places the order as well if
 * the shopper never comes back.
 */
export async function GET(request: NextRequest) {
  const paid = request.nextUrl.searchParams.get("redirect_status") === "succeeded"
  const path = paid ? await pathAfterPaymentRedirect() : REVIEW_STEP
  return NextResponse.redirect(new URL(path, request.url), 303)
}
