/** The shipping option type code of free autoship delivery, and the context attribute its rule reads. */
export const AUTOSHIP_SHIPPING_CODE = "autoship"
export const AUTOSHIP_SHIPPING_RULE = "autoship"
