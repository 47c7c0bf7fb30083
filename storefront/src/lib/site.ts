export const STORE_NAME = "Verdant Health Store"
export const STORE_TAGLINE = "Natural supplements & health news"
