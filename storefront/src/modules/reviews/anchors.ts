/** Where product cards' "Notify me" links land on the product page: the back-in-stock form. */
export const BACK_IN_STOCK_ANCHOR = "back-in-stock"
