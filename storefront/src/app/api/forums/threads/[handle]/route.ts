import { NextResponse } from "next/server"

import { hasPublishableKey } from "@/lib/config"
import { getThreadFollow } from "@/lib/data/forums"
import { isHandle } from "@/lib/util/search-params"
import type { ThreadReader } from "@/modules/forums/components/thread-reader"

// Read from the reader's cookies on every request; never cached, never prerendered.
export const dynamic = "force-dynamic"

/**
 * GET /api/forums/threads/<handle> → ThreadReader: whether the reader is a logged-in customer (who
 * may reply) and follows the thread. The thread page is cached and shared by every reader; it asks
 * for this in the browser.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }): Promise<Response> {
  const { handle } = await params
  if (!isHandle(handle)) {
    return NextResponse.json({ message: "No such thread" }, { status: 404 })
  }
  if (!hasPublishableKey()) {
    return NextResponse.json({ message: "The store is not configured" }, { status: 503 })
  }
  try {
    const following = await getThreadFollow(handle)
    const reader: ThreadReader = following === null ? { customer: false, following: false } : { customer: true, following }
    return NextResponse.json(reader, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } })
  } catch (error) {
    console.error("forums: could not read the reader's follow", error)
    return NextResponse.json({ message: "Your part of the thread couldn't be loaded" }, { status: 502 })
  }
}
