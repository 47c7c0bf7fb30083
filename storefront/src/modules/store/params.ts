/**
 * The search params /store understands, in the order problems are reported. Kept free of imports:
 * next.config.ts reads it too, to serve /store without any of them from the cache.
 */
export const STORE_PARAMS = ["category", "brand", "min_price", "max_price", "sort", "page"] as const
