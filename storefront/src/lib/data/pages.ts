import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { cacheTags, HANDLE_PATTERN, type StoreContact, type StoreContactResponse, type StorePage, type StorePageResponse } from "@supplement-store/contract"

import { storeGet } from "@/lib/data/store-fetch"

/** A published page of the store's own (Our Story, Help…), or null when there is none. */
export const getPage = cache(async (handle: string): Promise<StorePage | null> => {
  if (handle.length > 100 || !HANDLE_PATTERN.test(handle)) {
    return null
  }
  try {
    const { page } = await storeGet<StorePageResponse>(`/store/pages/${handle}`, {}, [cacheTags.page(handle)])
    return page
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      return null
    }
    throw error
  }
})

/**
 * The store's phone, address and mail (store settings); null when the store has none set or cannot be
 * reached, and the footer then leaves them out rather than fail every page.
 */
export const getStoreContact = cache(async (): Promise<StoreContact | null> => {
  try {
    const { contact } = await storeGet<StoreContactResponse>("/store/contact-details", {}, [cacheTags.storeContact])
    return contact
  } catch {
    return null
  }
})
