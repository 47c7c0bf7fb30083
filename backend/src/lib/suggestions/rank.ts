import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { SalientTerm } from "./salient-terms"

/** The most salient terms asked of the search engine, one query each. */
export const QUERY_TERMS = 20
/** Hits read per term: past these, a document gains little from the term anyway. */
const HITS_PER_TERM = 30
/** Reciprocal-rank damping: the 1st hit of a term counts 1, the 10th about half. */
const RANK_DAMPING = 10
/** How much more a document counts when it shares the article's health topic. */
const TOPIC_BOOST = 0.5

export type RankedDocument<D> = {
  id: string
  score: number
  /** The terms whose queries found the document, most salient first. */
  terms: string[]
  document: D
  sharesTopic: boolean
}

/**
 * One search per salient term through the Search Module (whichever provider is configured), fused by
 * weighted reciprocal rank: a document gains its term's weight, less the lower it ranks, and less the
 * more documents the term finds (a word on every label says little about each). Documents sharing
 * the topic are boosted. Best first.
 */
export async function rankByTerms<D>(
  container: MedusaContainer,
  {
    index,
    terms,
    filters = {},
    sharesTopic = () => false,
  }: {
    index: "product" | "article"
    terms: SalientTerm[]
    filters?: SearchTypes.SearchFilters
    sharesTopic?: (document: D) => boolean
  }
): Promise<RankedDocument<D>[]> {
  if (!terms.length) {
    return []
  }
  const search = container.resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH)
  const results = await search.searchMany(
    terms.map(({ term }) => ({
      entity: index,
      filters: { ...filters, q: term },
      pagination: { take: HITS_PER_TERM },
      // Exact words: a typo-corrected article word ("mane" for "many") is a false lead.
      search_options: { typo_tolerance: false },
    }))
  )
  const ranked = new Map<string, RankedDocument<D>>()
  results.forEach((result, i) => {
    const { term, weight } = terms[i]
    const specificity = 1 / Math.log2(1 + result.hits.length)
    result.hits.forEach((hit, rank) => {
      const entry = ranked.get(hit.id) ?? { id: hit.id, score: 0, terms: [], document: hit.document as D, sharesTopic: false }
      entry.score += (weight * specificity * RANK_DAMPING) / (RANK_DAMPING + rank)
      entry.terms.push(term)
      ranked.set(hit.id, entry)
    })
  })
  return [...ranked.values()]
    .map((entry) => {
      const shared = sharesTopic(entry.document)
      return { ...entry, sharesTopic: shared, score: shared ? entry.score * (1 + TOPIC_BOOST) : entry.score }
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
}
