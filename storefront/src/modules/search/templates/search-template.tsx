import {
  DIET_LABELS,
  SUPPLEMENT_FORM_LABELS,
  type DietAttribute,
  type SupplementForm,
} from "@supplement-store/contract/supplement-terms"
import Link from "next/link"

import {
  PRICE_BANDS,
  RATING_FLOORS,
  SEARCH_PRODUCTS_PER_PAGE,
  SEARCH_SORTS,
  type SearchPageFilters,
  type SearchPageResult,
} from "@/lib/data/search"
import { formatAmount } from "@/lib/util/money"
import { totalPagesFor } from "@/lib/util/pagination"
import Pagination from "@/modules/common/components/pagination"
import ProductThumbnail from "@/modules/products/components/product-thumbnail"
import RatingStars from "@/modules/reviews/components/rating-stars"
import { threadPath } from "@/modules/forums/utils"
import Highlighted from "@/modules/search/components/highlighted"
import { searchHref, toggled, type ValueFacetKey } from "@/modules/search/params"
import LabelBadges from "@/modules/supplement-facts/components/label-badges"

type FacetLink = { label: string; count: number; active: boolean; href: string }

function FacetGroup({ title, links }: { title: string; links: FacetLink[] }) {
  if (!links.length) {
    return null
  }
  return (
    <section aria-label={title} className="mb-6">
      <h2 className="mb-2 text-sm font-semibold text-bark-900">{title}</h2>
      <ul className="space-y-1 text-sm">
        {links.map((link) => (
          <li key={link.label}>
            <Link
              href={link.href}
              aria-current={link.active ? "true" : undefined}
              className={`flex justify-between gap-2 rounded px-2 py-1 no-underline hover:bg-leaf-50 ${link.active ? "bg-leaf-100 font-semibold text-leaf-800" : "text-bark-700"}`}
            >
              <span>
                <span aria-hidden="true">{link.active ? "☑ " : "☐ "}</span>
                {link.label}
              </span>
              <span className="text-bark-500">{link.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

function valueLinks(
  filters: SearchPageFilters,
  key: ValueFacetKey,
  values: { value: string; count: number }[],
  labelOf: (value: string) => string = (value) => value
): FacetLink[] {
  const chosen: string[] = filters[key]
  return values.map(({ value, count }) => ({
    label: labelOf(value),
    count,
    active: chosen.includes(value),
    href: searchHref(toggled(filters, key, value)),
  }))
}

export default function SearchTemplate({ filters, result }: { filters: SearchPageFilters; result: SearchPageResult }) {
  const q = filters.q
  const totalPages = totalPagesFor(result.productCount, SEARCH_PRODUCTS_PER_PAGE)
  const nothing = result.productCount === 0 && result.articleCount === 0 && result.threadCount === 0
  const priceLinks = PRICE_BANDS.map((band) => ({
    label: band.label,
    count: result.facets.price.find((r) => r.key === band.key)?.count ?? 0,
    active: filters.price === band.key,
    href: searchHref({ ...filters, price: filters.price === band.key ? undefined : band.key, page: 1 }),
  })).filter((link) => link.count > 0 || link.active)
  const ratingLinks = RATING_FLOORS.map((floor) => ({
    label: floor.label,
    count: result.facets.rating.find((r) => r.key === floor.key)?.count ?? 0,
    active: filters.rating === floor.key,
    href: searchHref({ ...filters, rating: filters.rating === floor.key ? undefined : floor.key, page: 1 }),
  })).filter((link) => link.count > 0 || link.active)

  return (
    <div className="grid gap-8 md:grid-cols-[14rem_minmax(0,1fr)]">
      <aside aria-label="Filters">
        <FacetGroup title="Brand" links={valueLinks(filters, "brands", result.facets.brand)} />
        <FacetGroup title="Category" links={valueLinks(filters, "categories", result.facets.categories)} />
        <FacetGroup
          title="Form"
          links={valueLinks(filters, "forms", result.facets.form, (value) => SUPPLEMENT_FORM_LABELS[value as SupplementForm] ?? value)}
        />
        <FacetGroup
          title="Diet"
          links={valueLinks(filters, "diets", result.facets.diets, (value) => DIET_LABELS[value as DietAttribute] ?? value)}
        />
        <FacetGroup title="Ingredient" links={valueLinks(filters, "ingredients", result.facets.ingredients)} />
        <FacetGroup title="Price" links={priceLinks} />
        <FacetGroup title="Customer rating" links={ratingLinks} />
        <FacetGroup
          title="Availability"
          links={[
            {
              label: "In stock",
              count: result.facets.inStock,
              active: filters.inStock,
              href: searchHref({ ...filters, inStock: !filters.inStock, page: 1 }),
            },
          ]}
        />
        <FacetGroup title="Topic" links={valueLinks(filters, "topics", result.facets.topic)} />
        <FacetGroup title="Forum" links={valueLinks(filters, "forums", result.facets.forum)} />
      </aside>

      <div>
        {nothing ? (
          <div className="rounded-md border border-sand-200 bg-sand-50 p-6">
            <p className="text-bark-900">{q ? `Nothing matches “${q}”.` : "Type something to search."}</p>
            {result.didYouMean ? (
              <p className="mt-2">
                Did you mean{" "}
                <Link href={searchHref({ ...filters, q: result.didYouMean, page: 1 })} className="font-semibold text-leaf-700">
                  {result.didYouMean}
                </Link>
                ?
              </p>
            ) : null}
          </div>
        ) : null}

        {result.correctedQuery ? (
          <p role="status" className="mb-4 text-bark-700">
            No results for “{q}”. Showing results for{" "}
            <Link href={searchHref({ ...filters, q: result.correctedQuery, page: 1 })} className="font-semibold text-leaf-700">
              {result.correctedQuery}
            </Link>
            .
          </p>
        ) : null}

        {result.products.length ? (
          <section aria-labelledby="search-products">
            <h2 id="search-products" className="mb-2 font-serif text-xl text-bark-900">
              Products <span className="text-base text-bark-500">({result.productCount})</span>
            </h2>
            <nav aria-label="Sort products" className="mb-4 flex gap-3 text-sm">
              <span className="text-bark-600">Sort:</span>
              {SEARCH_SORTS.map((option) => (
                <Link
                  key={option.key}
                  href={searchHref({ ...filters, sort: option.key, page: 1 })}
                  aria-current={filters.sort === option.key ? "true" : undefined}
                  className={filters.sort === option.key ? "font-semibold text-leaf-800 no-underline" : "text-leaf-700"}
                >
                  {option.label}
                </Link>
              ))}
            </nav>
            <ul className="grid grid-cols-2 gap-4 lg:grid-cols-3">
              {result.products.map((product) => (
                <li key={product.id} className="rounded-md border border-sand-200 bg-white">
                  <Link href={`/products/${encodeURIComponent(product.handle)}`} className="block no-underline">
                    <ProductThumbnail
                      src={product.thumbnail}
                      title={product.title}
                      className="aspect-square rounded-t-md"
                      sizes="(min-width: 1024px) 25vw, 50vw"
                    />
                    <div className="p-3">
                      {product.brand ? <p className="text-xs text-bark-500">{product.brand}</p> : null}
                      <h3 className="text-sm font-semibold text-bark-900">
                        <Highlighted text={product.title} query={q} />
                      </h3>
                      <RatingStars rating={product.rating} count={product.review_count} className="mt-1" />
                      <LabelBadges form={product.form} diets={product.diets} className="mt-1" />
                      {product.price !== null && product.currency_code ? (
                        <p className="mt-1 text-sm text-bark-900">
                          {formatAmount(product.price, product.currency_code)}
                          {product.club_price !== null ? (
                            <span className="ml-2 text-xs text-leaf-700">
                              Club {formatAmount(product.club_price, product.currency_code)}
                            </span>
                          ) : null}
                        </p>
                      ) : null}
                      {!product.in_stock ? <p className="text-xs text-clay-700">Out of stock</p> : null}
                    </div>
                  </Link>
                </li>
              ))}
            </ul>
            <Pagination page={filters.page} totalPages={totalPages} hrefFor={(page) => searchHref({ ...filters, page })} />
          </section>
        ) : null}

        {result.articles.length ? (
          <section aria-labelledby="search-articles" className="mt-10">
            <h2 id="search-articles" className="mb-4 font-serif text-xl text-bark-900">
              Articles <span className="text-base text-bark-500">({result.articleCount})</span>
            </h2>
            <ul className="space-y-4">
              {result.articles.map((article) => (
                <li key={article.id}>
                  <Link href={`/news/${encodeURIComponent(article.handle)}`} className="font-semibold text-leaf-800">
                    <Highlighted text={article.title} query={q} />
                  </Link>
                  <p className="text-xs text-bark-500">
                    {[article.topic, article.author, new Date(article.published_at).toLocaleDateString("en-US", { dateStyle: "medium" })]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  <p className="text-sm text-bark-700">
                    <Highlighted text={article.summary} query={q} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {result.threads.length ? (
          <section aria-labelledby="search-threads" className="mt-10">
            <h2 id="search-threads" className="mb-4 font-serif text-xl text-bark-900">
              Forum threads <span className="text-base text-bark-500">({result.threadCount})</span>
            </h2>
            <ul className="space-y-4">
              {result.threads.map((thread) => (
                <li key={thread.id}>
                  <Link
                    href={threadPath(thread.forum_handle, thread.handle)}
                    className="font-semibold text-leaf-800"
                  >
                    <Highlighted text={thread.title} query={q} />
                  </Link>
                  <p className="text-xs text-bark-500">
                    {[thread.forum, thread.author, repliesLabel(thread.reply_count)].join(" · ")}
                  </p>
                  <p className="text-sm text-bark-700">
                    <Highlighted text={thread.excerpt} query={q} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  )
}

const repliesLabel = (count: number) => (count === 1 ? "1 reply" : `${count} replies`)
