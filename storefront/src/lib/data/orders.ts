import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { getAuthHeaders, getLastOrderId } from "@/lib/data/cookies"
import { retrieveCustomer } from "@/lib/data/customer"
import { sdk } from "@/lib/sdk"
import { isNotFound } from "@/lib/util/errors"

/**
 * Orders: the confirmation page (for the browser that placed the order or
 * its owner) and the logged-in customer's order history.
 */

const ORDER_FIELDS = [
  "*items",
  "+items.total",
  "+items.subtotal",
  "*shipping_address",
  "*shipping_methods",
  "+shipping_methods.name",
  "*promotions",
  "+customer_id",
].join(",")

export const ORDERS_PAGE_SIZE = 10

/** An order by id, or null when it doesn't exist. */
export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  const headers = await getAuthHeaders()
  try {
    const { order } = await sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }, headers)
    return order
  } catch (error) {
    if (isNotFound(error) || (error as { status?: number }).status === 400) {
      return null
    }
    throw error
  }
}

/**
 * The order for its confirmation page, or null when it doesn't exist or this
 * visitor may not see it: only the browser that placed it (a short-lived
 * httpOnly cookie) or the logged-in customer who owns it see the details.
 */
export async function retrieveConfirmedOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  const [order, lastOrderId, customer] = await Promise.all([
    retrieveOrder(id),
    getLastOrderId(),
    retrieveCustomer().catch(() => null),
  ])
  if (!order) {
    return null
  }
  if (lastOrderId === order.id || (customer && order.customer_id === customer.id)) {
    return order
  }
  return null
}

/**
 * One of the logged-in customer's orders, or null when it isn't theirs (or
 * doesn't exist): the account pages never show someone else's order.
 */
export async function retrieveCustomerOrder(
  id: string,
  customerId: string
): Promise<HttpTypes.StoreOrder | null> {
  const order = await retrieveOrder(id)
  if (!order || order.customer_id !== customerId) {
    return null
  }
  return order
}

/** A page of the logged-in customer's orders, newest first. */
export async function listCustomerOrders(
  page: number
): Promise<{ orders: HttpTypes.StoreOrder[]; count: number }> {
  const headers = await getAuthHeaders()
  const { orders, count } = await sdk.store.order.list(
    {
      limit: ORDERS_PAGE_SIZE,
      offset: (page - 1) * ORDERS_PAGE_SIZE,
      order: "-created_at",
      fields: "id,display_id,created_at,status,payment_status,fulfillment_status,total,currency_code,*items",
    },
    headers
  )
  return { orders, count }
}
