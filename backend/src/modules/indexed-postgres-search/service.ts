import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"

/** Medusa's typo predicate: `word_similarity(q, "search_text") > 0.3`, computed row by row. */
const ROW_BY_ROW_TYPO_MATCH = 'word_similarity(?, "search_text") > 0.3'
/**
 * The same question through pg_trgm's operator, which the provider's GIN trigram index on
 * `search_text` answers: true when word_similarity reaches pg_trgm.word_similarity_threshold (0.6).
 */
const INDEXED_TYPO_MATCH = '"search_text" %> ?'

type KeywordInput = Parameters<PostgresSearchService["keywordFragments"]>[0]
type SearchInput = Parameters<PostgresSearchService["search"]>[0]
type UpsertInput = Parameters<PostgresSearchService["upsertDocuments"]>[0]

/** A write this large is a seed or reindex batch: worth refreshing the planner's statistics. */
const ANALYZE_AFTER_DOCUMENTS = 100

/**
 * Medusa's PostgreSQL search provider with one change: typo-tolerant matching uses the trigram
 * index instead of scoring every row. Medusa's predicate has to compute word_similarity for each
 * document, 300+ ms on 10,000 products here; the indexed operator looks only at rows sharing
 * enough trigrams with the query. Ranking, filters, facets and writes are Medusa's, untouched.
 *
 * Tables filled by a reindex are analyzed as they fill: without statistics the planner scans every
 * row instead of using the trigram index.
 *
 * The threshold is pg_trgm's default (0.6, against Medusa's 0.3): still one typo in a 4-letter word
 * and two in an 8-letter one, but no longer any word merely sharing a few letters.
 */
export class IndexedPostgresSearchService extends PostgresSearchService {
  /**
   * Typo tolerance as a fallback: the words as typed first (full-text index only), and typo
   * matching only when they find nothing. A query whose words all exist never pays for the trigram
   * recheck, which is slow when one of them is common ("… magnesium").
   */
  async search(input: SearchInput) {
    const options = input.search_options ?? {}
    if (!options.typo_tolerance || !input.q?.trim()) {
      return super.search(input)
    }
    const exact = await super.search({ ...input, search_options: { ...options, typo_tolerance: false } })
    if (exact.hits.length > 0 || (exact.metadata.count ?? 0) > 0) {
      return exact
    }
    return super.search(input)
  }

  protected keywordFragments(input: KeywordInput) {
    // Medusa's provider ignores the index's shortest typo-tolerant word; a 3-letter query with typos
    // allowed matches most of the catalog, so short queries match exactly (as in Meilisearch).
    const minTypoLength = input.query.index.settings.typo_tolerance?.min_word_size_for_one_typo ?? 0
    const typedLength = (input.query.q ?? "").replace(/\s+/g, "").length
    if (input.query.search_options?.typo_tolerance && typedLength < minTypoLength) {
      return super.keywordFragments({
        ...input,
        query: { ...input.query, search_options: { ...input.query.search_options, typo_tolerance: false } },
      })
    }
    const fragments = super.keywordFragments(input)
    const matchSql = fragments.matchSql
    if (!matchSql) {
      return fragments
    }
    return {
      ...fragments,
      // Same placeholders in the same order: only the predicate's form changes.
      matchSql: (params: unknown[]) => matchSql(params).replace(ROW_BY_ROW_TYPO_MATCH, INDEXED_TYPO_MATCH),
    }
  }

  async upsertDocuments(input: UpsertInput) {
    const task = await super.upsertDocuments(input)
    if (input.documents.length >= ANALYZE_AFTER_DOCUMENTS) {
      const catalog = await this.getCatalog(input.index)
      if (catalog) {
        await this.manager_.execute(`ANALYZE "${catalog.table_name}"`)
      }
    }
    return task
  }
}
