import { z } from "zod"
import { PRODUCT_ID_PATTERN, REGION_ID_PATTERN } from "./limits"

/** GET /store/club/prices */
export const ClubPricesQuery = z
  .object({
    product_id: z.string().regex(PRODUCT_ID_PATTERN, "product_id must be a product id"),
    region_id: z.string().regex(REGION_ID_PATTERN, "region_id must be a region id"),
  })
  .strict()

/** GET /store/club/prices: variant id → the member price (only variants that have one). */
export type ClubPricesResponse = { prices: Record<string, number> }
