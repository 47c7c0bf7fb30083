import { NextResponse } from "next/server"

import { listAutoships } from "@/lib/data/autoship"
import { formatAutoshipDate, intervalLabel, type ExistingAutoshipChoice } from "@/modules/autoship/utils"

// Read from the shopper's cookies on every request; never cached, never prerendered.
export const dynamic = "force-dynamic"

/**
 * GET /api/autoships → `{ autoships: ExistingAutoshipChoice[] }`: the logged-in customer's active
 * autoships, for the product page's "Add to my existing autoship" (product pages are cached and
 * shared, so the browser asks for this part).
 */
export async function GET() {
  let autoships: ExistingAutoshipChoice[] = []
  try {
    autoships = (await listAutoships())
      .filter((autoship) => autoship.status === "active")
      .map((autoship) => ({
        id: autoship.id,
        label: `${intervalLabel(autoship.interval_days)}, next on ${formatAutoshipDate(autoship.next_order_at)} (${autoship.lines.length} ${autoship.lines.length === 1 ? "product" : "products"})`,
      }))
  } catch {
    // The choice is an extra: without an answer the page offers one-time and a new autoship.
  }
  return NextResponse.json({ autoships }, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } })
}
