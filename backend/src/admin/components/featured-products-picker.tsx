import { Photo, Plus, XMark } from "@medusajs/icons"
import { IconButton, Input, Label, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { MAX_FEATURED_PRODUCTS, newsApi, type FeaturedProduct } from "../lib/news"
import { ReorderButtons } from "./reorder-buttons"

type Props = {
  value: FeaturedProduct[]
  onChange: (products: FeaturedProduct[]) => void
  disabled?: boolean
}

export const Thumbnail = ({ src, alt }: { src: string | null; alt: string }) =>
  src ? (
    <img src={src} alt={alt} className="h-8 w-8 shrink-0 rounded object-cover" />
  ) : (
    <div className="bg-ui-bg-component text-ui-fg-muted flex h-8 w-8 shrink-0 items-center justify-center rounded">
      <Photo />
    </div>
  )

/** Why a product can't join the featured list now, or null when it can. */
export function whyNotFeatured(featured: FeaturedProduct[], productId: string): string | null {
  if (featured.some((p) => p.id === productId)) return "Already featured"
  if (featured.length >= MAX_FEATURED_PRODUCTS) return `At most ${MAX_FEATURED_PRODUCTS} products`
  return null
}

/** Search the catalogue, click to add; the chosen products keep their order (up/down) and at most 12. */
export const FeaturedProductsPicker = ({ value, onChange, disabled }: Props) => {
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")

  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300)
    return () => clearTimeout(timer)
  }, [search])

  const { data, isFetching, isError } = useQuery({
    queryKey: ["news", "product-search", q],
    queryFn: () => newsApi.searchProducts(q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  })

  const selectedIds = new Set(value.map((p) => p.id))
  const full = value.length >= MAX_FEATURED_PRODUCTS
  const results = q ? data?.products ?? [] : []

  const add = (product: FeaturedProduct) => {
    if (whyNotFeatured(value, product.id)) return
    onChange([...value, { id: product.id, title: product.title, handle: product.handle, thumbnail: product.thumbnail }])
  }
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta
    if (target < 0 || target >= value.length) return
    const next = [...value]
    ;[next[index], next[target]] = [next[target], next[index]]
    onChange(next)
  }
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index))

  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="featured-product-search" size="small" weight="plus">
          Find products
        </Label>
        <Input
          id="featured-product-search"
          type="search"
          size="small"
          placeholder="Search products by title"
          value={search}
          disabled={disabled}
          onChange={(e) => setSearch(e.target.value)}
        />
        <div className="flex flex-col gap-y-1" aria-live="polite">
          {q && isFetching && !data && (
            <Text size="small" className="text-ui-fg-subtle">
              Searching…
            </Text>
          )}
          {isError && (
            <Text size="small" className="text-ui-fg-error">
              Product search failed.
            </Text>
          )}
          {q && !isFetching && !isError && results.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              No products match “{q}”.
            </Text>
          )}
          {results.map((product) => {
            const chosen = selectedIds.has(product.id)
            const blocked = whyNotFeatured(value, product.id)
            return (
              <button
                key={product.id}
                type="button"
                data-testid="product-search-result"
                disabled={disabled || !!blocked}
                onClick={() => add(product)}
                className="hover:bg-ui-bg-base-hover flex items-center gap-x-3 rounded-md px-2 py-1.5 text-left disabled:cursor-not-allowed disabled:opacity-50"
                title={blocked ?? "Add"}
              >
                <Thumbnail src={product.thumbnail} alt="" />
                <span className="flex-1 truncate text-sm">{product.title}</span>
                {chosen ? (
                  <Text size="xsmall" className="text-ui-fg-muted">
                    Added
                  </Text>
                ) : (
                  <Plus className="text-ui-fg-subtle" />
                )}
              </button>
            )
          })}
        </div>
      </div>

      <div className="flex flex-col gap-y-2">
        <div className="flex items-center justify-between">
          <Label size="small" weight="plus">
            Featured ({value.length}/{MAX_FEATURED_PRODUCTS})
          </Label>
          {full && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              Limit reached
            </Text>
          )}
        </div>
        {value.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            No featured products. They are shown alongside the article in this order.
          </Text>
        ) : (
          <ol className="flex flex-col gap-y-1">
            {value.map((product, index) => (
              <li
                key={product.id}
                className="bg-ui-bg-subtle flex items-center gap-x-3 rounded-md px-2 py-1.5"
                data-testid="featured-product"
              >
                <Text size="xsmall" className="text-ui-fg-muted w-4 text-right tabular-nums">
                  {index + 1}
                </Text>
                <Thumbnail src={product.thumbnail} alt="" />
                <span className="flex-1 truncate text-sm" title={product.title}>
                  {product.title}
                </span>
                <ReorderButtons label={product.title} index={index} count={value.length} disabled={disabled} onMove={move} />
                <IconButton
                  type="button"
                  size="small"
                  variant="transparent"
                  disabled={disabled}
                  onClick={() => remove(index)}
                  aria-label={`Remove ${product.title}`}
                >
                  <XMark />
                </IconButton>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  )
}
