import type { Metadata } from "next"

import { listCustomerOrders, ORDERS_PAGE_SIZE } from "@/lib/data/orders"
import AccountShell from "@/modules/account/components/account-shell"
import OrdersTable from "@/modules/account/components/orders-table"
import { requireCustomer } from "@/modules/account/guard"
import Pagination from "@/modules/common/components/pagination"

export const metadata: Metadata = {
  title: "Your orders",
  description: "Your order history at Verdant Health Store.",
  robots: { index: false, follow: false },
}

type OrdersPageProps = {
  searchParams: Promise<{ page?: string | string[] }>
}

export default async function OrdersPage({ searchParams }: OrdersPageProps) {
  await requireCustomer()
  const raw = (await searchParams).page
  const requested = Number(typeof raw === "string" ? raw : "1")
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1
  const { orders, count } = await listCustomerOrders(page)
  const totalPages = Math.max(1, Math.ceil(count / ORDERS_PAGE_SIZE))

  return (
    <AccountShell title="Your orders" active="orders">
      <section className="rounded-lg border border-sand-200 bg-white p-5">
        <OrdersTable orders={orders} />
        <Pagination page={page} totalPages={totalPages} hrefFor={(p) => `/account/orders?page=${p}`} />
      </section>
    </AccountShell>
  )
}
