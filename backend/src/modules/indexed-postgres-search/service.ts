import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { bestCorrection, type Candidate, MIN_CORRECTED_LENGTH, normaliseQuery, queryWords, withJoinedForms } from "./spelling"

/** Medusa's typo predicate: `word_similarity(q, "search_text") > 0.3`, computed row by row. */
const ROW_BY_ROW_TYPO_MATCH = 'word_similarity(?, "search_text") > 0.3'
/**
 * The same question through pg_trgm's operator, which the provider's GIN trigram index on
 * `search_text` answers: true when word_similarity reaches pg_trgm.word_similarity_threshold (0.6).
 */
const INDEXED_TYPO_MATCH = '"search_text" %> ?'

type KeywordInput = Parameters<PostgresSearchService["keywordFragments"]>[0]
type SearchInput = Parameters<PostgresSearchService["search"]>[0]
type SearchResult = Awaited<ReturnType<PostgresSearchService["search"]>>
type UpsertInput = Parameters<PostgresSearchService["upsertDocuments"]>[0]
type WeightedPart = Parameters<PostgresSearchService["buildSearchVectorSql"]>[0][number]

/** A write this large is a seed or reindex batch: worth refreshing the planner's statistics. */
const ANALYZE_AFTER_DOCUMENTS = 100
/** Closest catalog words looked at per typed word; the best within its allowed edits wins. */
const CANDIDATES_PER_WORD = 8
/** Longer "words" are codes or run-together text, not worth correcting towards. */
const MAX_TERM_LENGTH = 40

/**
 * Medusa's PostgreSQL search provider, reading words the way shoppers type them:
 *
 * - Documents and queries are normalised alike: apostrophes dropped, and every hyphenated or
 *   apostrophe word indexed in its joined form too ("5-HTP" also as "5htp").
 * - A query whose words find nothing is corrected word by word against the catalog's own words
 *   (`search_term`, filled as documents are written): the closest by trigrams, within the edits a
 *   word's length allows (fuzzystrmatch's Levenshtein distance), and adjacent words joined when the
 *   catalog writes them as one ("coq 10"). The correction is what "Did you mean" shows.
 * - Last, pg_trgm word similarity over the whole text, through the provider's trigram index (`%>`,
 *   threshold 0.6) rather than Medusa's row-by-row `word_similarity(…) > 0.3` (300+ ms on 10,000
 *   products here).
 *
 * Ranking, filters, facets and writes are Medusa's. Tables filled by a reindex are analyzed as they
 * fill: without statistics the planner scans every row instead of using the indexes.
 */
export class IndexedPostgresSearchService extends PostgresSearchService {
  /**
   * The words as typed first (full-text index only: exact and prefix matches, as before); then the
   * corrected query; then trigram similarity. A query whose words all exist never pays for the
   * corrections. Results found through a correction name it in `metadata.query`.
   */
  async search(input: SearchInput) {
    const typed = input.q?.trim()
    if (!typed) {
      return super.search(input)
    }
    const q = normaliseQuery(typed)
    const options = input.search_options ?? {}
    if (!options.typo_tolerance) {
      return asTyped(await super.search({ ...input, q }), typed)
    }
    const exactly = (text: string) => super.search({ ...input, q: text, search_options: { ...options, typo_tolerance: false } })
    const exact = await exactly(q)
    if (found(exact)) {
      return asTyped(exact, typed)
    }
    const corrected = await this.correctQuery(q)
    if (corrected !== q) {
      const result = await exactly(corrected)
      if (found(result)) {
        return { ...result, metadata: { ...result.metadata, query: corrected } }
      }
    }
    return asTyped(await super.search({ ...input, q }), typed)
  }

  /**
   * Each word the catalog does not have, replaced by the closest one it has; two words whose joined
   * form it has ("coq 10", "b 12") joined; a hyphenated word it writes without the hyphen joined. One
   * query over the trigram index of the catalog's words; the choice among the candidates is `spelling.ts`.
   */
  protected async correctQuery(q: string): Promise<string> {
    const words = queryWords(q)
    if (!words.length) {
      return q
    }
    const unhyphenated = (word: string) => word.replaceAll("-", "")
    const lookups = new Set<string>()
    words.forEach((word, i) => {
      lookups.add(unhyphenated(word))
      if (i + 1 < words.length) {
        lookups.add(unhyphenated(word + words[i + 1]))
      }
    })
    const rows = (await this.manager_.execute(
      `select q.word, c.term, levenshtein(c.term, q.word) as distance, similarity(c.term, q.word) as similarity
         from unnest(string_to_array(?, ' ')) as q(word)
         cross join lateral (select term from search_term order by term <-> q.word limit ${CANDIDATES_PER_WORD}) c`,
      [[...lookups].join(" ")]
    )) as Candidate[]
    const candidatesOf = (word: string) => rows.filter((row) => row.word === word)
    const known = (word: string) => candidatesOf(word).some((row) => row.distance === 0)

    const corrected: string[] = []
    for (let i = 0; i < words.length; i++) {
      const word = words[i]
      const next = words[i + 1]
      const bothFine = next !== undefined && known(word) && known(next)
      if (next !== undefined && !bothFine && known(unhyphenated(word + next))) {
        corrected.push(unhyphenated(word + next))
        i++
      } else if (word.includes("-")) {
        corrected.push(known(unhyphenated(word)) ? unhyphenated(word) : word)
      } else if (word.length < MIN_CORRECTED_LENGTH || /^\d+$/.test(word)) {
        corrected.push(word)
      } else {
        corrected.push(bestCorrection(word, candidatesOf(word)) ?? word)
      }
    }
    const result = corrected.join(" ")
    return result === words.join(" ") ? q : result
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

  /** Hyphenated and apostrophe words also in their joined form ("5-HTP" as "5HTP"), in every weight. */
  protected buildSearchVectorSql(weightedParts: WeightedPart[], params: unknown[]) {
    return super.buildSearchVectorSql(
      weightedParts.map((part) => ({ ...part, text: withJoinedForms(part.text) })),
      params
    )
  }

  async upsertDocuments(input: UpsertInput) {
    const task = await super.upsertDocuments(input)
    const catalog = input.documents.length ? await this.getCatalog(input.index) : null
    if (catalog) {
      await this.addCatalogWords(catalog.table_name, input.documents.map((document) => String(document.id)))
      if (input.documents.length >= ANALYZE_AFTER_DOCUMENTS) {
        await this.manager_.execute(`ANALYZE "${catalog.table_name}"`)
        await this.manager_.execute(`ANALYZE "search_term"`)
      }
    }
    return task
  }

  /**
   * The words of some documents as the index folds them (unaccented, lower case), and the joined
   * form of their hyphenated and apostrophe words, into the word list corrections choose from. Words
   * are never removed: one a deleted document left behind can still correct a query, which then finds
   * what else has it or falls through to trigram similarity.
   */
  protected async addCatalogWords(table: string, ids: string[]) {
    const text = `lower(unaccent(d."search_text"))`
    const idList = ids.join(",")
    await this.manager_.execute(
      `insert into search_term (term)
       select distinct term from (
         select regexp_split_to_table(${text}, '[^[:alnum:]]+') as term
           from "${table}" d where d."id" = any(string_to_array(?, ','))
         union all
         select translate(m[1], '''’-', '')
           from "${table}" d, regexp_matches(${text}, '([[:alnum:]]+([''’-][[:alnum:]]+)+)', 'g') as m
          where d."id" = any(string_to_array(?, ','))
       ) words
       where length(term) between ${MIN_CORRECTED_LENGTH} and ${MAX_TERM_LENGTH}
       on conflict do nothing`,
      [idList, idList]
    )
  }
}

function found(result: SearchResult): boolean {
  return result.hits.length > 0 || (result.metadata.count ?? 0) > 0
}

/** Results for the words as typed name them as typed, not as normalised. */
function asTyped(result: SearchResult, typed: string): SearchResult {
  return { ...result, metadata: { ...result.metadata, query: typed } }
}
