/**
 * The contract between the backend and the storefront: what both must agree on, written once.
 * The backend validates its own routes with these schemas and answers with these types; the
 * storefront checks its forms with the same schemas before it sends them, so both say the same words.
 */
export * from "./account"
export * from "./attribution"
export * from "./autoship"
export * from "./brand"
export * from "./cache-tags"
export * from "./club"
export * from "./community"
export * from "./contact"
export * from "./errors"
export * from "./fields"
export * from "./forums"
export * from "./limits"
export * from "./news"
export * from "./newsletter"
export * from "./pages"
export * from "./paths"
export * from "./reviews"
export * from "./search"
export * from "./suggestions"
export * from "./supplement-facts"
