/**
 * The attribute that marks an article's link to one of its featured products (its value: the product's
 * id), for the click recorder. A plain module: a "use client" file's exports are only references on the server.
 */
export const FEATURED_PRODUCT_ATTRIBUTE = "data-attribution-product"
