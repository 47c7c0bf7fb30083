import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** The store's default currency (its first one when none is marked), or undefined while the store is not set up. */
export async function defaultCurrencyCode(query: Omit<RemoteQueryFunction, symbol>): Promise<string | undefined> {
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const store = stores[0] as { supported_currencies?: { currency_code: string; is_default: boolean }[] } | undefined
  const currencies = store?.supported_currencies ?? []
  return (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code
}
