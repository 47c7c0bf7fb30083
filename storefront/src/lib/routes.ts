/**
 * The search params that next.config.ts turns into routes of their own, so the pages that read them
 * stay cached (see its rewrites). Kept free of imports: next.config.ts loads this file.
 */

/** The params /store understands, in the order problems are reported; /store without any is cached. */
export const STORE_PARAMS = ["category", "brand", "form", "diet", "ingredient", "min_price", "max_price", "sort", "page"] as const

/** A listing's page number (health topics, brands, collections, the newsroom and its topics). */
export const PAGE_PARAM = "page"

/** The chosen option of a product page: what the picker submits without JavaScript. */
export const VARIANT_PARAM = "variant"

/** "Load more comments" on an article page. */
export const COMMENTS_PAGE_PARAM = "comments_page"
