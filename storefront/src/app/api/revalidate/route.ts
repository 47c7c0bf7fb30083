import { timingSafeEqual } from "node:crypto"

import { CACHE_TAG_PATTERN } from "@supplement-store/contract"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"

import { config } from "@/lib/config"

function secretMatches(given: string | null): boolean {
  const expected = config.revalidateSecret
  if (!expected || !given || given.length !== expected.length) {
    return false
  }
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}

/**
 * POST /api/revalidate with `{ tags: [...] }` and the shared secret in `x-revalidate-secret`: the
 * backend calls it when products or articles change, so cached pages show the change at once.
 */
export async function POST(request: NextRequest) {
  if (!secretMatches(request.headers.get("x-revalidate-secret"))) {
    return NextResponse.json({ message: "Not allowed" }, { status: 401 })
  }
  const body = await request.json().catch(() => null)
  const tags: unknown = body?.tags
  if (!Array.isArray(tags) || !tags.length || tags.length > 50 || !tags.every((tag) => typeof tag === "string" && CACHE_TAG_PATTERN.test(tag))) {
    return NextResponse.json({ message: "tags must be a list of cache tags" }, { status: 400 })
  }
  for (const tag of tags as string[]) {
    revalidateTag(tag, { expire: 0 })
  }
  return NextResponse.json({ revalidated: tags })
}
