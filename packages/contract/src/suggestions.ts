import { z } from "zod"
import { CONTROL_CHARACTERS_BUT_LINE_BREAKS } from "./limits"
import type { ArticleSummary } from "./news"

/** How many suggestions the editor asks for, and the most it may. */
export const SUGGESTION_LIMITS = { defaultProducts: 8, maxProducts: 20, relatedArticles: 3, articleProducts: 4 } as const

const EditorText = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .max(max, `${label} must be at most ${max} characters`)
    .refine((text) => !CONTROL_CHARACTERS_BUT_LINE_BREAKS.test(text), `${label} must not contain control characters`)

/**
 * POST /admin/product-suggestions: the article as the editor has it now (saved or not), ranked against
 * the catalog. `article_id` marks the products that article already features.
 */
export const AdminProductSuggestionsBody = z
  .object({
    title: EditorText("The title", 200).default(""),
    summary: EditorText("The summary", 500).default(""),
    body: EditorText("The body", 100_000).default(""),
    topic_id: z.string().min(1).max(100).nullish(),
    article_id: z.string().min(1).max(100).nullish(),
    limit: z.number().int().min(1).max(SUGGESTION_LIMITS.maxProducts).default(SUGGESTION_LIMITS.defaultProducts),
  })
  .strict()

export type ProductSuggestionsInput = z.input<typeof AdminProductSuggestionsBody>

/** Why a product was suggested: the article's words it matched, label ingredients among them, the shared topic. */
export type SuggestionReason = {
  terms: string[]
  ingredients: string[]
  /** The health topic article and product share (its name), or null. */
  topic: string | null
}

export type ProductSuggestion = {
  product_id: string
  handle: string
  title: string
  thumbnail: string | null
  /** The cheapest variant price in the store's default currency, in major units; null when unpriced. */
  price: { amount: number; currency_code: string } | null
  /** Units on hand across variants that manage inventory; null when no variant manages inventory. */
  inventory_quantity: number | null
  in_stock: boolean
  /** Already among the article's featured products. */
  featured: boolean
  score: number
  reasons: SuggestionReason
}

/** POST /admin/product-suggestions */
export type ProductSuggestionsResponse = {
  suggestions: ProductSuggestion[]
  /** The article's salient terms the ranking used, most salient first (TF-IDF over all articles). */
  terms: string[]
}

/** GET /store/articles/:handle/suggested-products: products for an article that features none, best first. */
export type ArticleSuggestedProductsResponse = { product_ids: string[] }

/** GET /store/products/:id/related-articles: articles about what the product is for, best first. */
export type RelatedArticlesResponse = { articles: ArticleSummary[] }
