import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { cacheTags } from "@supplement-store/contract"

import { storeGet } from "@/lib/data/store-fetch"

export type Collection = {
  id: string
  title: string
  handle: string
  /** From the collection's `metadata.description`, else our own words for the known ones. */
  description: string | null
  updatedAt?: string | null
}

/** Shown when a collection has no description of its own (Medusa collections have no such field). */
const DEFAULT_DESCRIPTIONS: Record<string, string> = {
  "best-sellers": "The supplements our customers reorder most, from magnesium to probiotics.",
  "new-products": "Fresh arrivals on our shelves: new formulas and brands we have just added.",
  deals: "Specials and sale prices on trusted supplements, while they last.",
}

function toCollection(raw: HttpTypes.StoreCollection): Collection {
  const meta = raw.metadata as Record<string, unknown> | null | undefined
  const own = typeof meta?.description === "string" && meta.description.trim() ? meta.description.trim() : null
  return {
    id: raw.id,
    title: raw.title,
    handle: raw.handle,
    description: own ?? DEFAULT_DESCRIPTIONS[raw.handle] ?? null,
    updatedAt: (raw.updated_at as string | null | undefined) ?? null,
  }
}

export const listCollections = cache(async (): Promise<Collection[]> => {
  const { collections } = await storeGet<HttpTypes.StoreCollectionListResponse>(
    "/store/collections",
    { limit: 100, fields: "id,title,handle,metadata,updated_at" },
    [cacheTags.collections]
  )
  return collections.map(toCollection)
})

/** The collection with this handle, or null. */
export const getCollectionByHandle = cache(async (handle: string): Promise<Collection | null> => {
  if (!handle || handle.length > 200) {
    return null
  }
  const { collections } = await storeGet<HttpTypes.StoreCollectionListResponse>(
    "/store/collections",
    { handle: [handle], limit: 1, fields: "id,title,handle,metadata,updated_at" },
    [cacheTags.collections]
  )
  const found = collections.find((c) => c.handle === handle)
  return found ? toCollection(found) : null
})
