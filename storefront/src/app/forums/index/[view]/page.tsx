import type { Metadata } from "next"

import { ForumsIndexPage, forumsIndexMetadata } from "@/modules/forums/templates/forum-pages"

/**
 * /forums (next.config.ts rewrites it here; this route's own address redirects to /forums). Cached
 * like the newsroom's listings: a page without a dynamic segment would be prerendered by `next build`,
 * which runs without the backend (see app/layout.tsx).
 */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ view: string }[]> {
  return []
}

export const metadata: Metadata = forumsIndexMetadata

export default async function ForumsIndexRoute() {
  return <ForumsIndexPage />
}
