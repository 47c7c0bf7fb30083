import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { retrieveCustomerOrder } from "@/lib/data/orders"
import { getOwnReviews } from "@/lib/data/reviews"
import AccountShell from "@/modules/account/components/account-shell"
import { requireCustomer } from "@/modules/account/guard"
import OrderDetails from "@/modules/order/components/order-details"
import ReviewPurchaseLink from "@/modules/reviews/components/review-purchase-link"

type OrderPageProps = {
  params: Promise<{ id: string }>
}

export const metadata: Metadata = {
  title: "Order details",
  description: "The details of one of your orders.",
  robots: { index: false, follow: false },
}

export default async function AccountOrderPage({ params }: OrderPageProps) {
  const customer = await requireCustomer()
  const { id } = await params
  const order = await retrieveCustomerOrder(id, customer.id)
  if (!order) {
    notFound()
  }
  const reviewed = await reviewedProductIds()
  // A cancelled order makes no verified buyer: it offers no review.
  const offerReviews = order.status !== "canceled"
  return (
    <AccountShell title={`Order #${order.display_id}`} active="orders">
      <Link href="/account/orders" className="text-sm font-medium text-leaf-700 underline">
        ← All orders
      </Link>
      <OrderDetails
        order={order}
        lineAction={(item) =>
          offerReviews && item.product_handle && item.product_id ? (
            <ReviewPurchaseLink
              productHandle={item.product_handle}
              productTitle={item.product_title ?? item.title}
              reviewed={reviewed.has(item.product_id)}
            />
          ) : null
        }
      />
    </AccountShell>
  )
}

/** The products the customer has reviewed; the order page still shows when they can't be read. */
async function reviewedProductIds(): Promise<Set<string>> {
  try {
    return new Set((await getOwnReviews())?.map((review) => review.product_id))
  } catch (error) {
    console.error("order page: the customer's reviews could not be loaded", error)
    return new Set()
  }
}
