import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { listCategories } from "@/lib/data/categories"
import { getCollectionByHandle } from "@/lib/data/collections"
import { listTrendingArticles, type ArticleSummary } from "@/lib/data/news"
import { listProducts } from "@/lib/data/products"
import { getDefaultRegion } from "@/lib/data/regions"
import { STORE_DESCRIPTION } from "@/lib/site"
import TopicTiles from "@/modules/categories/components/topic-tiles"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Hero from "@/modules/home/components/hero"
import ProductRow from "@/modules/home/components/product-row"
import TrendingNewsSection from "@/modules/news/components/trending-news-section"

export const metadata: Metadata = {
  description: STORE_DESCRIPTION,
  alternates: { canonical: "/" },
}

const ROWS = [
  { handle: "best-sellers", title: "Best Sellers" },
  { handle: "new-products", title: "New Products" },
  { handle: "deals", title: "Deals & Specials" },
] as const

const ROW_SIZE = 8

/**
 * The home page, "/" (next.config.ts rewrites it here; this route's own address redirects to "/").
 *
 * It is the same for every visitor (the header's per-shopper parts are filled in by the browser),
 * so it is cached and regenerated in the background at most once a minute (or at once when the
 * backend reports a change, see /api/revalidate). A page without a dynamic segment would be
 * prerendered by `next build`, which runs without the backend and its key, and so be rendered per
 * request (see app/layout.tsx); as a dynamic segment with no static params it is rendered on its
 * first request instead, like the product pages.
 */
export const revalidate = 60

/** The one edition of the home page: what next.config.ts rewrites "/" to. */
const EDITION = "index"

export async function generateStaticParams(): Promise<{ edition: string }[]> {
  return []
}

async function loadRow(handle: string) {
  const collection = await getCollectionByHandle(handle)
  if (!collection) {
    return null
  }
  const page = await listProducts({ collectionId: collection.id, perPage: ROW_SIZE })
  return { collection, products: page.products }
}

/** The newsroom is a nicety on the home page: if it can't be read, the section is left out. */
async function loadTrending(): Promise<ArticleSummary[]> {
  try {
    return await listTrendingArticles(5)
  } catch (error) {
    console.error("home: trending news could not be loaded", error)
    return []
  }
}

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== EDITION) {
    notFound()
  }

  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const [region, categories, trending, ...rows] = await Promise.all([
    getDefaultRegion(),
    listCategories(),
    loadTrending(),
    ...ROWS.map((row) => loadRow(row.handle)),
  ])

  return (
    <div>
      <Hero />

      {ROWS.map((row, index) => {
        const data = rows[index]
        return data ? (
          <ProductRow
            key={row.handle}
            id={row.handle}
            title={row.title}
            description={data.collection.description}
            href={`/collections/${row.handle}`}
            products={data.products}
            currencyCode={region.currency_code}
          />
        ) : null
      })}

      <TrendingNewsSection articles={trending} />

      {categories.length > 0 ? (
        <section aria-labelledby="topics-heading" className="mt-14">
          <div className="mb-5">
            <h2 id="topics-heading" className="font-serif text-2xl font-semibold text-bark-900">
              Shop by health topic
            </h2>
            <p className="mt-1 text-bark-600">Find supplements chosen for what matters to you.</p>
          </div>
          <TopicTiles categories={categories} />
        </section>
      ) : null}
    </div>
  )
}
