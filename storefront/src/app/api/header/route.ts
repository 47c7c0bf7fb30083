import { NextResponse } from "next/server"

import { getHeaderStatus } from "@/lib/data/header"

// Read from the shopper's cookies on every request; never cached, never prerendered.
export const dynamic = "force-dynamic"

/**
 * GET /api/header → `{ cartCount, loggedIn, firstName }`: the per-shopper part of the site header.
 * The header fetches it in the browser so that every page around it can be served from the cache.
 */
export async function GET() {
  const status = await getHeaderStatus()
  return NextResponse.json(status, {
    headers: { "Cache-Control": "private, no-store", Vary: "Cookie" },
  })
}
