import type { AdminCreatePageBody, Validated } from "@supplement-store/contract"

export type PageData = Validated<typeof AdminCreatePageBody>

/** Events carry the page's handles, so the storefront drops the pages at those addresses. */
export const PageEvents = {
  CREATED: "page.created",
  UPDATED: "page.updated",
  DELETED: "page.deleted",
} as const
