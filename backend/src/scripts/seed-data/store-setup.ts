import { FREE_SHIPPING_FROM } from "@supplement-store/contract"

import { AUTOSHIP_SHIPPING_CODE } from "../../lib/autoship/cart"
import { CLUB } from "../../lib/club"

/** Fixed facts of the demo store that the seed creates and tests look up by name. */
export const DEMO_STORE = {
  salesChannel: "Default Sales Channel",
  region: { name: "United States", currency: "usd", countries: ["us"] },
  /** Medusa's ids: the system provider (no money moves) and Stripe cards (when Stripe is configured). */
  paymentProviders: { system: "pp_system_default", stripe: "pp_stripe_stripe" },
  taxRate: { rate: 7, code: "US-STANDARD", name: "US sales tax" },
  warehouse: {
    name: "Riverside Warehouse",
    address: { address_1: "410 Mill Road", city: "Columbus", province: "OH", postal_code: "43215", country_code: "us" },
  },
  fulfillmentSet: "Riverside Warehouse delivery",
  shipping: {
    standard: { name: "Standard Shipping", code: "standard", amount: 5.95, freeFrom: FREE_SHIPPING_FROM },
    express: { name: "Express Shipping", code: "express", amount: 14.95 },
    /** Free standard delivery of orders with autoship lines (see docs/autoship.md). */
    autoship: { name: "Autoship Delivery", code: AUTOSHIP_SHIPPING_CODE },
  },
  publishableKeyTitle: "Storefront",
  dealsPriceList: "Deals & Specials",
  club: CLUB,
  welcomePromotion: { code: "WELCOME10", percentOff: 10 },
  /** Days in which any product may be returned for a refund, opened or not (the Guarantee page). */
  guaranteeDays: 90,
  /** The store's phone, address and mail, seeded into the store's `metadata.contact` (store settings). */
  contact: {
    street: "214 Fernleaf Lane",
    city: "Asheville",
    region: "NC",
    postal_code: "28801",
    country: "United States",
    phone: "+1-828-555-0142",
    phone_display: "(828) 555-0142",
    email: "care@verdanthealth.example",
    hours: "Mon–Fri, 9am–5pm ET",
  },
  admin: { email: "admin@example.com", password: "supplements" },
} as const

export const COLLECTIONS = [
  { handle: "best-sellers", title: "Best Sellers" },
  { handle: "new-products", title: "New Products" },
  { handle: "deals", title: "Deals & Specials" },
] as const

/** Rounds a discounted price to cents. */
export function discounted(price: number, percentOff: number): number {
  return Math.round(price * (100 - percentOff)) / 100
}
