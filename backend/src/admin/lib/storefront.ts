/** The storefront's address, for "view on storefront" links (opened in a new tab). */
const STOREFRONT_URL = ((import.meta.env.VITE_STOREFRONT_URL as string | undefined) || "http://localhost:8000").replace(/\/+$/, "")

export function storefrontUrl(path: `/${string}`) {
  return `${STOREFRONT_URL}${path}`
}
