import { NextResponse } from "next/server"

import { hasPublishableKey } from "@/lib/config"
import { getReaderVote } from "@/lib/data/community"
import { retrieveCustomerSafe } from "@/lib/data/customer"
import { isHandle } from "@/lib/util/search-params"
import type { ArticleReader } from "@/modules/community/reader"

// Read from the reader's cookies on every request; never cached, never prerendered.
export const dynamic = "force-dynamic"

/**
 * GET /api/community/<handle> → `{ vote: { votes, voted } | null, viewer }`: the reader's own part of an article's
 * community section (their vote, and whether they comment as a logged-in customer). The article
 * page is cached and shared by every reader; it fetches this in the browser.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }): Promise<Response> {
  const { handle } = await params
  if (!isHandle(handle)) {
    return NextResponse.json({ message: "No such article" }, { status: 404 })
  }
  if (!hasPublishableKey()) {
    return NextResponse.json({ message: "The store is not configured" }, { status: 503 })
  }
  const [vote, customer] = await Promise.all([
    getReaderVote(handle).catch((error) => {
      console.error("community: could not load the reader's vote", error)
      return null
    }),
    retrieveCustomerSafe(),
  ])
  const reader: ArticleReader = {
    vote,
    viewer: customer
      ? { customer: true, name: [customer.first_name, customer.last_name].filter(Boolean).join(" ").trim() }
      : { customer: false },
  }
  return NextResponse.json(reader, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } })
}
