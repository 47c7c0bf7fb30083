import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { retrieveConfirmedOrder } from "@/lib/data/orders"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import OrderDetails from "@/modules/order/components/order-details"

export const metadata: Metadata = {
  title: "Order confirmed",
  description: "Thank you for your order.",
  robots: { index: false, follow: false },
}

type OrderConfirmedPageProps = {
  params: Promise<{ id: string }>
}

export default async function OrderConfirmedPage({ params }: OrderConfirmedPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const { id } = await params
  const order = await retrieveConfirmedOrder(id)
  if (!order) {
    notFound()
  }

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="font-serif text-3xl font-semibold text-bark-900">Thank you! Your order is confirmed</h1>
        <p className="text-bark-700">
          Order <strong>#{order.display_id}</strong> was placed successfully.
          {order.email ? <> We&apos;ve sent a confirmation to <strong className="break-all">{order.email}</strong>.</> : null}
        </p>
      </div>
      <OrderDetails order={order} />
      <div className="flex flex-wrap gap-4">
        <Link href="/store" className="rounded-md bg-leaf-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-leaf-800">
          Continue shopping
        </Link>
        <Link href="/account/orders" className="rounded-md border border-leaf-700 px-5 py-2.5 font-medium text-leaf-800 no-underline hover:bg-leaf-50">
          View your orders
        </Link>
      </div>
    </div>
  )
}
