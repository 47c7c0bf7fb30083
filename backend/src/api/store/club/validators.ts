import { z } from "@medusajs/framework/zod"

export const StoreJoinClub = z.object({ cart_id: z.string().min(1).max(100).optional() }).strict()
export type StoreJoinClubType = z.infer<typeof StoreJoinClub>

export const StoreClubPricesParams = z
  .object({
    product_id: z.string().regex(/^prod_[A-Za-z0-9]+$/, "product_id must be a product id"),
    region_id: z.string().regex(/^reg_[A-Za-z0-9]+$/, "region_id must be a region id"),
  })
  .strict()
export type StoreClubPricesParamsType = z.infer<typeof StoreClubPricesParams>
