import { z } from "@medusajs/framework/zod"

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const StoreListArticlesParams = z
  .object({
    topic: z.string().regex(HANDLE, "topic must be a topic handle").max(120).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(12),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type StoreListArticlesParamsType = z.infer<typeof StoreListArticlesParams>

export const StoreArticleParams = z
  .object({ region_id: z.string().regex(/^reg_[A-Za-z0-9]+$/, "region_id must be a region id").optional() })
  .strict()
export type StoreArticleParamsType = z.infer<typeof StoreArticleParams>

export const StoreTrendingParams = z
  .object({ limit: z.coerce.number().int().min(1).max(20).default(5) })
  .strict()
export type StoreTrendingParamsType = z.infer<typeof StoreTrendingParams>
