/**
 * The storefront's cache tags. The storefront tags what it reads with them; the backend names them
 * when an event makes those reads stale (its revalidation subscriber calls the storefront's
 * `/api/revalidate`).
 */
export const cacheTags = {
  regions: "regions",
  products: "products",
  brands: "brands",
  categories: "categories",
  collections: "collections",
  clubPrices: "club-prices",
  /** The autoship plan (intervals, percent off) that product pages offer. */
  autoshipPlan: "autoship-plan",
  newsletterTopics: "newsletter",
  articles: "articles",
  topics: "topics",
  /** One article's page. */
  article: (handle: string) => `article:${handle}`,
  /** One article's approved comments and vote count. */
  community: (handle: string) => `community:${handle}`,
  /** The forum index (counts and latest posts of every forum). */
  forums: "forums",
  /** One forum's thread list. */
  forum: (handle: string) => `forum:${handle}`,
  /** One thread's pages. */
  forumThread: (handle: string) => `forum-thread:${handle}`,
  /** One product's approved reviews and rating summary. */
  reviews: (productId: string) => `reviews:${productId}`,
  /** One of the store's own pages (Our Story, Help, Terms…). */
  page: (handle: string) => `page:${handle}`,
  /** The store's phone, address and mail (store settings), shown in the footer. */
  storeContact: "store-contact",
} as const

/** What a catalog change (a product created, edited or deleted) makes stale. */
export const CATALOG_TAGS = [cacheTags.products, cacheTags.brands, cacheTags.categories, cacheTags.collections]

/** The shape every tag has, for the storefront's revalidate route to check what it is sent. */
export const CACHE_TAG_PATTERN = /^[A-Za-z0-9:_-]{1,120}$/
