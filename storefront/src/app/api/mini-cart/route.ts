import { NextResponse } from "next/server"

import { getMiniCart } from "@/lib/data/cart"

// Read from the shopper's cookies on every request; never cached, never prerendered.
export const dynamic = "force-dynamic"

/**
 * GET /api/mini-cart → the open cart's lines and amounts (`null` without one), for the header's
 * mini-cart, which is filled in the browser like the rest of the header (see header-status.tsx).
 */
export async function GET() {
  const headers = { "Cache-Control": "private, no-store", Vary: "Cookie" }
  try {
    return NextResponse.json(await getMiniCart(), { headers })
  } catch (error) {
    console.error("mini-cart: the cart could not be read", error)
    return NextResponse.json({ type: "unavailable", message: "Your cart could not be loaded right now." }, { status: 503, headers })
  }
}
