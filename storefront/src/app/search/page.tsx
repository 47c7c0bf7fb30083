import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { searchPage } from "@/lib/data/search"
import type { SearchParams } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"
import { parseSearchParams } from "@/modules/search/params"
import SearchTemplate from "@/modules/search/templates/search-template"

type SearchPageProps = { searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const q = parseSearchParams(await searchParams)?.q
  // Result pages are endless variations of one page: keep them out of search engines.
  return { title: q ? `Search: ${q}` : "Search", robots: { index: false, follow: true } }
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const filters = parseSearchParams(await searchParams)
  if (!filters) {
    notFound()
  }
  const result = await searchPage(filters)
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Search", href: "/search" },
        ]}
      />
      <PageHeading
        title={filters.q ? `Results for “${filters.q}”` : "Search"}
        meta={`${result.productCount} products · ${result.articleCount} articles · ${result.threadCount} forum threads`}
      />
      <SearchTemplate filters={filters} result={result} />
    </div>
  )
}
