import { z } from "zod"
import type { ForumThreadSearchDocument } from "./forums"
import { CONTROL_CHARACTERS, MAX_SEARCH_TEXT_LENGTH } from "./limits"
import type { DietAttribute, SupplementForm } from "./supplement-terms"

/**
 * What the storefront may ask of `POST /store/search`, stricter than Medusa's own validator (which
 * still runs after this): only the three public indexes, their facet and filter fields, plain values,
 * bounded sizes. Anything else is a 400 before it reaches the Search Module or an engine.
 */
export const SEARCH_FIELDS = {
  product: {
    filters: ["brand", "categories", "price", "in_stock", "rating", "form", "diets", "ingredients"],
    facets: ["brand", "categories", "price", "in_stock", "rating", "form", "diets", "ingredients"],
    sort: ["price", "rating", "review_count"],
  },
  article: {
    filters: ["topic", "topic_handle", "author", "published_at"],
    facets: ["topic", "author"],
    sort: ["published_at"],
  },
  forum_thread: {
    filters: ["forum", "forum_handle", "last_post_at"],
    facets: ["forum"],
    sort: ["last_post_at", "reply_count"],
  },
} as const

const MAX_VALUES = 50

// PostgreSQL refuses NUL in text, and no reader types control characters.
const SearchText = z
  .string()
  .max(MAX_SEARCH_TEXT_LENGTH, `search text must be at most ${MAX_SEARCH_TEXT_LENGTH} characters`)
  .refine((text) => !CONTROL_CHARACTERS.test(text), "search text must not contain control characters")

const FilterValue = z.union([SearchText, z.number().finite(), z.boolean()])
const FilterCondition = z.union([
  FilterValue,
  z.array(FilterValue).max(MAX_VALUES),
  z
    .object({
      $eq: FilterValue,
      $ne: FilterValue,
      $in: z.array(FilterValue).max(MAX_VALUES),
      $nin: z.array(FilterValue).max(MAX_VALUES),
      // On a list field, every value must be in it (the diets a shopper ticks all hold).
      $contains: z.array(FilterValue).max(MAX_VALUES),
      $gt: FilterValue,
      $gte: FilterValue,
      $lt: FilterValue,
      $lte: FilterValue,
    })
    .partial()
    .strict(),
])

function entityQuery<const E extends keyof typeof SEARCH_FIELDS>(entity: E) {
  const { filters, facets, sort } = SEARCH_FIELDS[entity]
  const filterShape = Object.fromEntries(filters.map((field) => [field, FilterCondition.optional()]))
  const Facet = z.union([
    z.enum(facets),
    z
      .object({
        field: z.enum(facets),
        type: z.literal("range"),
        ranges: z
          .array(z.object({ key: z.string().max(40).optional(), from: z.number().optional(), to: z.number().optional() }).strict())
          .max(10),
      })
      .strict(),
    z.object({ field: z.enum(facets), type: z.literal("stats") }).strict(),
    z.object({ field: z.enum(facets), type: z.literal("value").optional(), limit: z.number().int().min(1).max(100).optional() }).strict(),
  ])
  return z
    .object({
      entity: z.literal(entity),
      filters: z
        .object({ q: SearchText.optional(), ...filterShape })
        .strict()
        .optional(),
      pagination: z
        .object({
          skip: z.number().int().min(0).max(1000).optional(),
          take: z.number().int().min(1).max(50).optional(),
          order: z.partialRecord(z.enum([...sort, "_score"]), z.enum(["ASC", "DESC"])).optional(),
        })
        .strict()
        .optional(),
      search_options: z
        .object({
          match_strategy: z.enum(["all", "any", "last"]).optional(),
          typo_tolerance: z.boolean().optional(),
          facets: z.array(Facet).max(8).optional(),
          disjunctive_facets: z.boolean().optional(),
          count: z.enum(["estimated", "exact", "none"]).optional(),
        })
        .strict()
        .optional(),
    })
    .strict()
}

export const SearchQuery = z.discriminatedUnion("entity", [entityQuery("product"), entityQuery("article"), entityQuery("forum_thread")])

/** POST /store/search: one query, or several at once (`queries`). */
export const SearchBody = z.union([z.object({ queries: z.array(SearchQuery).min(1).max(4) }).strict(), SearchQuery])

// ---------------------------------------------------------------- responses

/** A product as the search index holds it (what a hit's `document` carries). */
export type ProductSearchDocument = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  status: string
  brand: string | null
  categories: string[]
  sales_channel_ids: string[]
  price: number | null
  club_price: number | null
  currency_code: string | null
  in_stock: boolean
  /** Average of the approved reviews, one decimal; 0 when there are none. */
  rating: number
  review_count: number
  /** From the supplement facts (null and empty without them): filters and facets, ingredients searched too. */
  form: SupplementForm | null
  diets: DietAttribute[]
  ingredients: string[]
  /** The label's ingredient lines in full ("… (as magnesium bisglycinate chelate)"): searched, never returned. */
  ingredient_text: string
  synonyms: string
}

/** A published article as the search index holds it. */
export type ArticleSearchDocument = {
  id: string
  handle: string
  title: string
  summary: string
  hero_image: string | null
  published_at: string
  topic: string | null
  topic_handle: string | null
  author: string | null
  synonyms: string
}

export type SearchFacet =
  | { type: "value"; values: { value: string; count: number }[] }
  | { type: "range"; ranges: { key: string; count: number }[] }

export type SearchResult<T> = {
  hits: { id: string; document: T }[]
  facets?: Record<string, SearchFacet>
  /** `query`: what the results are for; the engine's correction when the words as typed found nothing. */
  metadata: { count: number | null; query?: string }
}

/** POST /store/search with `queries`: one result per query, in order. */
export type SearchResponse = { results: SearchResult<ProductSearchDocument | ArticleSearchDocument | ForumThreadSearchDocument>[] }
