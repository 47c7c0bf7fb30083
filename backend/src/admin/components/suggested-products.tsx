import type { ProductSuggestion, ProductSuggestionsInput } from "@supplement-store/contract"
import { Badge, Button, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { errorMessage, newsApi, newsKeys, type FeaturedProduct } from "../lib/news"
import { Thumbnail, whyNotFeatured } from "./featured-products-picker"

/** How long the editor may pause typing before the ranking is asked again. */
const REFRESH_DELAY_MS = 800

type ArticleText = { title: string; summary: string; body: string; topic_id: string }

type Props = {
  /** The article as the editor has it now, saved or not. */
  text: ArticleText
  /** The saved article being edited, so the ranking knows what it already features. */
  articleId?: string
  /** The form's featured products: what is already featured and where "Add" puts a suggestion. */
  value: FeaturedProduct[]
  onChange: (products: FeaturedProduct[]) => void
  disabled?: boolean
}

function suggestionsInput({ title, summary, body, topic_id }: ArticleText, articleId?: string): ProductSuggestionsInput {
  return { title, summary, body, topic_id: topic_id || null, article_id: articleId ?? null }
}

function formatPrice(price: NonNullable<ProductSuggestion["price"]>): string {
  return new Intl.NumberFormat(undefined, { style: "currency", currency: price.currency_code.toUpperCase() }).format(
    price.amount
  )
}

const StockBadge = ({ suggestion }: { suggestion: ProductSuggestion }) => {
  if (!suggestion.in_stock) {
    return (
      <Badge size="2xsmall" color="red">
        Out of stock
      </Badge>
    )
  }
  return (
    <Badge size="2xsmall" color="green">
      {suggestion.inventory_quantity === null
        ? "In stock"
        : `${suggestion.inventory_quantity.toLocaleString()} in stock`}
    </Badge>
  )
}

/** Why the product was suggested: the shared topic, the label ingredients and the other words it matched. */
const Reasons = ({ reasons }: { reasons: ProductSuggestion["reasons"] }) => {
  const ingredients = new Set(reasons.ingredients.map((name) => name.toLowerCase()))
  const terms = reasons.terms.filter((term) => !ingredients.has(term.toLowerCase()))
  if (!reasons.topic && ingredients.size === 0 && terms.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Why it is suggested" data-testid="suggestion-reasons">
      {reasons.topic && (
        <li>
          <Badge size="2xsmall" color="purple">
            Topic: {reasons.topic}
          </Badge>
        </li>
      )}
      {reasons.ingredients.map((ingredient) => (
        <li key={`ingredient-${ingredient}`}>
          <Badge size="2xsmall" color="blue">
            Ingredient: {ingredient}
          </Badge>
        </li>
      ))}
      {terms.map((term) => (
        <li key={`term-${term}`}>
          <Badge size="2xsmall" color="grey">
            {term}
          </Badge>
        </li>
      ))}
    </ul>
  )
}

/**
 * Products ranked against the article's own text, asked again when the editor pauses typing. The list
 * keeps showing while it refreshes; featured and out-of-stock products stay in it, marked.
 */
export const SuggestedProducts = ({ text, articleId, value, onChange, disabled }: Props) => {
  // The first ranking is asked at once (on open); later edits wait until typing pauses.
  const [input, setInput] = useState(() => suggestionsInput(text, articleId))
  const { title, summary, body, topic_id } = text
  useEffect(() => {
    const timer = setTimeout(
      () => setInput(suggestionsInput({ title, summary, body, topic_id }, articleId)),
      REFRESH_DELAY_MS
    )
    return () => clearTimeout(timer)
  }, [title, summary, body, topic_id, articleId])

  const hasText = [input.title, input.summary, input.body].some((part) => part?.trim())
  const { data, isFetching, isError, error } = useQuery({
    queryKey: newsKeys.productSuggestions(input),
    queryFn: () => newsApi.suggestProducts(input),
    enabled: hasText,
    placeholderData: keepPreviousData,
  })

  const add = (suggestion: ProductSuggestion) => {
    if (whyNotFeatured(value, suggestion.product_id)) return
    const { product_id: id, title, handle, thumbnail } = suggestion
    onChange([...value, { id, title, handle, thumbnail }])
  }

  const suggestions = hasText ? data?.suggestions ?? [] : []

  return (
    <div className="flex flex-col gap-y-2">
      <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
        {!hasText
          ? "Write a title, summary or body to get suggestions from the catalogue."
          : isError
            ? `Suggestions could not be loaded: ${errorMessage(error)}`
            : !data
              ? "Finding products for this article…"
              : data.terms.length
                ? `Ranked on: ${data.terms.join(", ")}${isFetching ? " · refreshing…" : ""}`
                : "The article has no words the catalogue matches yet."}
      </Text>
      {hasText && data && suggestions.length === 0 && !isError && (
        <Text size="small" className="text-ui-fg-subtle">
          No product matches this article yet.
        </Text>
      )}
      {suggestions.length > 0 && (
        <ul className="flex flex-col gap-y-1" aria-label="Suggested products" aria-busy={isFetching}>
          {suggestions.map((suggestion) => {
            const featured = value.some((p) => p.id === suggestion.product_id)
            const blocked = whyNotFeatured(value, suggestion.product_id)
            const reasonId = `suggestion-${suggestion.product_id}-blocked`
            return (
              <li
                key={suggestion.product_id}
                className="bg-ui-bg-subtle flex items-start gap-x-3 rounded-md px-2 py-2"
                data-testid="suggested-product"
              >
                <Thumbnail src={suggestion.thumbnail} alt="" />
                <div className="flex min-w-0 flex-1 flex-col gap-y-1">
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="truncate text-sm font-medium" title={suggestion.title}>
                      {suggestion.title}
                    </span>
                    {featured && (
                      <Badge size="2xsmall" color="orange">
                        Featured
                      </Badge>
                    )}
                  </div>
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <Text size="xsmall" className="tabular-nums">
                      {suggestion.price ? formatPrice(suggestion.price) : "No price"}
                    </Text>
                    <StockBadge suggestion={suggestion} />
                  </div>
                  <Reasons reasons={suggestion.reasons} />
                </div>
                <div className="flex shrink-0 flex-col items-end gap-y-1">
                  <Button
                    type="button"
                    size="small"
                    variant="secondary"
                    disabled={disabled || !!blocked}
                    onClick={() => add(suggestion)}
                    aria-label={`Add ${suggestion.title} to the featured products`}
                    aria-describedby={blocked ? reasonId : undefined}
                  >
                    Add
                  </Button>
                  {blocked && (
                    <Text id={reasonId} size="xsmall" className="text-ui-fg-muted">
                      {blocked}
                    </Text>
                  )}
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
