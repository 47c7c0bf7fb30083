import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { retrieveCustomerOrder } from "@/lib/data/orders"
import AccountShell from "@/modules/account/components/account-shell"
import { requireCustomer } from "@/modules/account/guard"
import OrderDetails from "@/modules/order/components/order-details"

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
  return (
    <AccountShell title={`Order #${order.display_id}`} active="orders">
      <Link href="/account/orders" className="text-sm font-medium text-leaf-700 underline">
        ← All orders
      </Link>
      <OrderDetails order={order} />
    </AccountShell>
  )
}
