import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import {
  type AdminProductSuggestionsBody,
  type ArticleSearchDocument,
  type ArticleSummary,
  type ProductSearchDocument,
  type ProductSuggestion,
  type ProductSuggestionsResponse,
  SUGGESTION_LIMITS,
  type Validated,
} from "@supplement-store/contract"
import { ARTICLE_LIST_FIELDS } from "../../api/store/articles/queries"
import ArticleProductLink from "../../links/article-product"
import { publishedFilter } from "../../modules/news/published"
import { FieldError } from "../field-error"
import { availableQuantity, type SourceVariant, variantInStock } from "../search/product-documents"
import { QUERY_TERMS, rankByTerms } from "./rank"
import { type SalientTerm, salientTerms, wordsOf } from "./salient-terms"

type Topic = { name: string; handle: string }
type ArticleText = { title: string; summary: string; body: string; topic: Topic | null }

/**
 * Where an article's words weigh most: its title, then its summary, then its body. The topic counts
 * through the boost alone: its name's words ("chronic", "syndrome", "natural", "wellness") as terms
 * too matched every product of the category, and little else.
 */
function articleTexts({ title, summary, body }: ArticleText) {
  return [
    { text: title, weight: 3 },
    { text: summary, weight: 2 },
    { text: body, weight: 1 },
  ]
}

/**
 * What a product is, not how its copy reads: a description's passing words ("easy", "ground") match
 * an article's passing words and crowd out the products it is about.
 */
const PRODUCT_SUBJECT_FIELDS = ["title", "subtitle", "categories", "ingredient_text", "synonyms"]

/** The product category a topic corresponds to: the seed gives health topics and categories one handle. */
async function topicCategoryName(container: MedusaContainer, topic: Topic | null): Promise<string | null> {
  if (!topic) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_category", fields: ["name"], filters: { handle: topic.handle } })
  return (data[0] as { name: string } | undefined)?.name ?? null
}

/** The most similar articles whose featured products count as evidence. */
const SIMILAR_ARTICLES = 3
/**
 * What co-featuring by the most similar article adds, as a share of the best text score: small, so
 * the article's own words still lead (on bench:suggest, 0.2 and 0.5 cost the test-only articles
 * precision that 0.1 does not).
 */
const COFEATURE_WEIGHT = 0.1

/**
 * Editors' earlier choices as evidence: the articles most like this one (its salient terms against
 * the article index, same-topic articles boosted), and for each product they feature, their
 * similarity relative to the most similar one. The article itself never counts (leave-one-out: its
 * own featured products are what the editor is choosing).
 */
async function cofeaturedProducts(
  container: MedusaContainer,
  terms: SalientTerm[],
  topic: Topic | null,
  excludeArticleId?: string | null
): Promise<Map<string, number>> {
  const similar = (
    await rankByTerms<ArticleSearchDocument>(container, {
      index: "article",
      terms,
      sharesTopic: (article) => topic !== null && article.topic_handle === topic.handle,
    })
  )
    .filter((article) => article.id !== excludeArticleId)
    .slice(0, SIMILAR_ARTICLES)
  const evidence = new Map<string, number>()
  if (!similar.length) {
    return evidence
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ArticleProductLink.entryPoint,
    fields: ["article_id", "product_id"],
    filters: { article_id: similar.map((article) => article.id) },
  })
  const similarity = new Map(similar.map((article) => [article.id, article.score / similar[0].score]))
  for (const { article_id, product_id } of links as { article_id: string; product_id: string }[]) {
    evidence.set(product_id, (evidence.get(product_id) ?? 0) + (similarity.get(article_id) ?? 0))
  }
  return evidence
}

/**
 * Published products ranked against an article's text, with the terms used, best first; products
 * the most similar articles feature gain a share of the best text score. Co-featuring reorders what
 * the text found under the route's filters (publication, sales channel), so it adds no product those
 * filters exclude.
 */
async function rankProductsForArticle(
  container: MedusaContainer,
  article: ArticleText & { id?: string | null },
  salesChannelIds?: string[]
) {
  const terms = await salientTerms(container, articleTexts(article), QUERY_TERMS)
  const [category, cofeatured] = await Promise.all([
    topicCategoryName(container, article.topic),
    cofeaturedProducts(container, terms, article.topic, article.id),
  ])
  const ranked = await rankByTerms<ProductSearchDocument>(container, {
    index: "product",
    terms,
    searchOn: PRODUCT_SUBJECT_FIELDS,
    filters: { status: ProductStatus.PUBLISHED, ...(salesChannelIds?.length ? { sales_channel_ids: salesChannelIds } : {}) },
    sharesTopic: (product) => category !== null && product.categories.includes(category),
  })
  const bestTextScore = ranked[0]?.score ?? 0
  const withEvidence = ranked
    .map((entry) => ({ ...entry, score: entry.score + COFEATURE_WEIGHT * bestTextScore * (cofeatured.get(entry.id) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
  return { terms, ranked: withEvidence }
}

async function retrieveTopic(container: MedusaContainer, topicId: string): Promise<Topic> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "topic", fields: ["name", "handle"], filters: { id: topicId } })
  if (!data.length) {
    throw new FieldError({ topic_id: "This topic was not found" })
  }
  return data[0] as Topic
}

/** The ids of the products an article features, or NOT_FOUND for an unknown article. */
async function featuredProductIds(container: MedusaContainer, articleId: string): Promise<Set<string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: articles }, { data: links }] = await Promise.all([
    query.graph({ entity: "article", fields: ["id"], filters: { id: articleId } }),
    query.graph({ entity: ArticleProductLink.entryPoint, fields: ["product_id"], filters: { article_id: articleId } }),
  ])
  if (!articles.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Article ${articleId} was not found`)
  }
  return new Set(links.map((link: { product_id: string }) => link.product_id))
}

type StockedProduct = { id: string; variants?: (SourceVariant | null)[] | null }

/** Stock as it is now (the index may lag an event): units on hand where inventory is managed, and in_stock. */
async function stockOf(container: MedusaContainer, productIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "variants.manage_inventory",
      "variants.allow_backorder",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: productIds },
  })
  return new Map(
    (data as StockedProduct[]).map((product) => {
      const variants = (product.variants ?? []).flatMap((variant) => (variant ? [variant] : []))
      const managed = variants.filter((variant) => variant.manage_inventory)
      return [
        product.id,
        {
          inventory_quantity: managed.length ? managed.reduce((sum, variant) => sum + availableQuantity(variant), 0) : null,
          in_stock: variants.some(variantInStock),
        },
      ]
    })
  )
}

/**
 * POST /admin/product-suggestions: the catalog ranked against the article as the editor has it, each
 * product with why (its matched terms, the label ingredients among them, the shared topic), price and
 * stock. Featured and out-of-stock products are kept and marked.
 */
export async function suggestProducts(
  container: MedusaContainer,
  input: Validated<typeof AdminProductSuggestionsBody>
): Promise<ProductSuggestionsResponse> {
  const [topic, featured] = await Promise.all([
    input.topic_id ? retrieveTopic(container, input.topic_id) : null,
    input.article_id ? featuredProductIds(container, input.article_id) : new Set<string>(),
  ])
  const { terms, ranked } = await rankProductsForArticle(container, { ...input, id: input.article_id, topic })
  const top = ranked.slice(0, input.limit)
  const stock = top.length ? await stockOf(container, top.map((entry) => entry.id)) : new Map()
  const suggestions: ProductSuggestion[] = top.map(({ id, score, terms: matched, document, sharesTopic }) => {
    const matchedWords = new Set(matched)
    return {
      product_id: id,
      handle: document.handle,
      title: document.title,
      thumbnail: document.thumbnail,
      price: document.price !== null && document.currency_code ? { amount: document.price, currency_code: document.currency_code } : null,
      inventory_quantity: stock.get(id)?.inventory_quantity ?? null,
      in_stock: stock.get(id)?.in_stock ?? document.in_stock,
      featured: featured.has(id),
      score: Math.round(score * 1000) / 1000,
      reasons: {
        terms: matched,
        ingredients: document.ingredients.filter((ingredient) => wordsOf(ingredient).some((word) => matchedWords.has(word))),
        topic: sharesTopic && topic ? topic.name : null,
      },
    }
  })
  return { suggestions, terms: terms.map(({ term }) => term) }
}

/** GET /store/articles/:handle/suggested-products: the best products for a published article, in the sales channels given. */
export async function suggestedProductIds(container: MedusaContainer, handle: string, salesChannelIds: string[]): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "article",
    fields: ["id", "title", "summary", "body", "topic.name", "topic.handle"],
    filters: { handle, ...publishedFilter() },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Article "${handle}" was not found`)
  }
  const article = data[0] as ArticleText & { id: string }
  const { ranked } = await rankProductsForArticle(container, { ...article, topic: article.topic ?? null }, salesChannelIds)
  return ranked.slice(0, SUGGESTION_LIMITS.articleProducts).map((entry) => entry.id)
}

type ProductText = {
  title: string
  subtitle: string | null
  description: string | null
  categories?: ({ name: string; handle: string } | null)[] | null
  supplement_facts?: { ingredients?: { name: string }[] | null } | null
}

/**
 * GET /store/products/:id/related-articles: published articles about what a published product is for,
 * ranked from its title, description, label ingredients and categories through the article index.
 */
export async function relatedArticles(container: MedusaContainer, productId: string): Promise<ArticleSummary[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["title", "subtitle", "description", "categories.name", "categories.handle", "supplement_facts.*"],
    filters: { id: productId, status: ProductStatus.PUBLISHED },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)
  }
  const product = data[0] as unknown as ProductText
  const categories = (product.categories ?? []).flatMap((category) => (category ? [category] : []))
  const terms = await salientTerms(
    container,
    [
      { text: product.title, weight: 3 },
      { text: (product.supplement_facts?.ingredients ?? []).map((ingredient) => ingredient.name).join(" "), weight: 2 },
      { text: categories.map((category) => category.name).join(" "), weight: 2 },
      { text: product.subtitle, weight: 1 },
      { text: product.description, weight: 1 },
    ],
    QUERY_TERMS
  )
  const categoryHandles = new Set(categories.map((category) => category.handle))
  const ranked = await rankByTerms<ArticleSearchDocument>(container, {
    index: "article",
    terms,
    sharesTopic: (article) => article.topic_handle !== null && categoryHandles.has(article.topic_handle),
  })
  const ids = ranked.slice(0, SUGGESTION_LIMITS.relatedArticles).map((entry) => entry.id)
  if (!ids.length) {
    return []
  }
  const { data: articles } = await query.graph({
    entity: "article",
    fields: ARTICLE_LIST_FIELDS,
    filters: { id: ids, ...publishedFilter() },
  })
  const order = new Map(ids.map((id, position) => [id, position]))
  return (articles as ArticleSummary[]).sort((a, b) => order.get(a.id)! - order.get(b.id)!)
}
