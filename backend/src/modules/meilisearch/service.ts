import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Meilisearch as MeilisearchClient, MultiSearchQuery, SearchResponse, Settings } from "meilisearch" with { "resolution-mode": "import" }
import { primaryKeyIds, toMeilisearchFilter } from "./filters"

export type MeilisearchProviderOptions = {
  host: string
  apiKey?: string
  /** How long to wait on a task (index settings, a seed batch) before failing. */
  taskTimeoutMs?: number
}

/**
 * The official client is ESM-only. Node's own require loads ES modules (Node >= 20.19), while
 * test runners' module registries may not, so Node's is asked for directly.
 */
function loadClient(): typeof MeilisearchClient {
  const { createRequire } = process.getBuiltinModule("node:module")
  return createRequire(__filename)("meilisearch").Meilisearch
}

type Definition = SearchTypes.ResolvedSearchIndexDefinition
type Input = SearchTypes.ProviderSearchQuery

function weightOf(field: SearchTypes.SearchFieldDefinition): number {
  return typeof field.searchable === "object" ? field.searchable.weight ?? 1 : 1
}

/**
 * Index settings from a definition. Meilisearch ranks by attribute order, so searchable fields are
 * listed by weight; synonyms and typo rules come from the definition's settings.
 */
export function settingsFor(definition: Definition): Settings {
  const fields = Object.entries(definition.fields)
  const typo = definition.settings.typo_tolerance ?? {}
  const meili = (definition.settings.provider_options?.meilisearch ?? {}) as { synonyms?: Record<string, string[]> }
  return {
    searchableAttributes: fields
      .filter(([, field]) => field.searchable)
      .sort(([, a], [, b]) => weightOf(b) - weightOf(a))
      .map(([name]) => name),
    filterableAttributes: fields.filter(([, field]) => field.filterable || field.facetable).map(([name]) => name),
    sortableAttributes: fields.filter(([, field]) => field.sortable).map(([name]) => name),
    displayedAttributes: fields.filter(([, field]) => field.retrievable !== false).map(([name]) => name),
    typoTolerance: {
      enabled: typo.enabled ?? true,
      minWordSizeForTypos: {
        ...(typo.min_word_size_for_one_typo ? { oneTypo: typo.min_word_size_for_one_typo } : {}),
        ...(typo.min_word_size_for_two_typos ? { twoTypos: typo.min_word_size_for_two_typos } : {}),
      },
      disableOnAttributes: typo.disabled_on_attributes ?? [],
    },
    synonyms: meili.synonyms ?? {},
    distinctAttribute: definition.settings.distinct_attribute ?? null,
    faceting: { maxValuesPerFacet: 100 },
  }
}

const MATCHING: Record<SearchTypes.SearchMatchStrategy, "all" | "last"> = {
  all: "all",
  // Meilisearch drops trailing words until something matches: the closest to "any term".
  any: "last",
  // Meilisearch always matches the last word as a prefix.
  last: "all",
}

/** Without typo tolerance every word is quoted: Meilisearch matches quoted words exactly. */
function queryText(input: Input): string {
  const q = input.q?.trim() ?? ""
  if (input.search_options?.typo_tolerance !== false) {
    return q
  }
  return q
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word.replace(/"/g, "")}"`)
    .join(" ")
}

type RangeRequest = Extract<SearchTypes.SearchFacetRequest, { type: "range" }>

/**
 * Search Module provider for Meilisearch, on the official client. Writes are asynchronous in
 * Meilisearch, so writes return enqueued tasks and `waitForTask` lets the module wait where
 * consistency matters (seeding before a swap, event ingestion).
 */
export class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected readonly client_: MeilisearchClient
  protected readonly logger_: Logger
  protected readonly taskTimeoutMs_: number

  constructor({ logger }: { logger: Logger }, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "The Meilisearch provider needs a host (MEILISEARCH_HOST)")
    }
    const Meilisearch = loadClient()
    this.client_ = new Meilisearch({ host: options.host, apiKey: options.apiKey })
    this.logger_ = logger
    this.taskTimeoutMs_ = options.taskTimeoutMs ?? 60_000
  }

  private enqueued(index: string, taskUid: number): SearchTypes.SearchTask {
    return { id: String(taskUid), index, status: "enqueued" }
  }

  /** Creates the index if needed and applies its settings, waiting so the index is usable at once. */
  async upsertIndex({ index }: { index: Definition }): Promise<SearchTypes.SearchTask> {
    const existing = await this.client_.getIndexes({ limit: 1000 })
    if (!existing.results.some((candidate) => candidate.uid === index.physical_name)) {
      await this.client_.createIndex(index.physical_name, { primaryKey: index.primary_key }).waitTask({ timeout: this.taskTimeoutMs_ })
    }
    const task = await this.client_
      .index(index.physical_name)
      .updateSettings(settingsFor(index))
      .waitTask({ timeout: this.taskTimeoutMs_ })
    if (task.status !== "succeeded") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch refused the settings of "${index.physical_name}": ${task.error?.message}`)
    }
    return { index: index.physical_name, status: "succeeded" }
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = await this.client_.deleteIndex(index)
    return this.enqueued(index, task.taskUid)
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const { results } = await this.client_.getIndexes({ limit: 1000 })
    return Promise.all(
      results.map(async (index) => ({
        name: index.uid,
        provider: MeilisearchSearchProvider.identifier,
        document_count: (await index.getStats()).numberOfDocuments,
        created_at: index.createdAt ? new Date(index.createdAt) : undefined,
        updated_at: index.updatedAt ? new Date(index.updatedAt) : undefined,
      }))
    )
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: Definition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const task = await this.client_.index(index).addDocuments(documents, { primaryKey: definition.primary_key })
    return this.enqueued(index, task.taskUid)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const target = this.client_.index(index)
    const ids = primaryKeyIds(filters, "id")
    if (ids) {
      return this.enqueued(index, (await target.deleteDocuments(ids)).taskUid)
    }
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The Meilisearch provider deletes documents by id only; filter deletes need the filter fields, which this call does not carry"
    )
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    const task = await this.client_.index(index).deleteAllDocuments()
    return this.enqueued(index, task.taskUid)
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    const done = await this.client_.tasks.waitForTask(Number(task.id), { timeout: options?.timeout_ms ?? this.taskTimeoutMs_ })
    return done.status === "succeeded"
      ? { ...task, status: "succeeded" }
      : { ...task, status: "failed", error: { message: done.error?.message ?? `task ${done.status}`, code: done.error?.code } }
  }

  async search(input: Input): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query, and one count query per range facet, in a single multi-search round trip. */
  async searchMany(inputs: Input[]): Promise<SearchTypes.SearchResult[]> {
    const plans = inputs.map((input) => this.plan(input))
    const { results } = await this.client_.multiSearch({ queries: plans.flatMap((plan) => [plan.main, ...plan.ranges.map((r) => r.query)]) })
    let cursor = 0
    return plans.map((plan, i) => {
      const main = results[cursor++] as SearchResponse
      const rangeCounts = plan.ranges.map(() => results[cursor++] as SearchResponse)
      return this.toResult(inputs[i], main, plan, rangeCounts)
    })
  }

  private plan(input: Input) {
    const options = input.search_options ?? {}
    if (options.vector || options.locales?.length || input.pagination?.cursor !== undefined) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Meilisearch provider does not support vector search, query-time locales or cursor pagination")
    }
    const definition = input.index
    const filter = toMeilisearchFilter(input.filters, definition)
    const facets = (options.facets ?? []).map((facet) => (typeof facet === "string" ? { field: facet, type: "value" as const } : facet))
    const valueFacets = facets.filter((f) => f.type !== "range").map((f) => f.field)
    const ranges = facets
      .filter((f): f is RangeRequest => f.type === "range")
      .flatMap((facet) =>
        facet.ranges.map((range, n) => {
          const bounds = [
            range.from !== undefined ? `${facet.field} >= ${Number(range.from)}` : null,
            range.to !== undefined ? `${facet.field} < ${Number(range.to)}` : null,
          ].filter(Boolean)
          return {
            field: facet.field,
            key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
            from: range.from,
            to: range.to,
            index: n,
            query: {
              indexUid: definition.physical_name,
              q: queryText(input),
              filter: [filter, ...bounds].filter(Boolean).map((part) => `(${part})`).join(" AND ") || undefined,
              limit: 0,
              matchingStrategy: MATCHING[options.match_strategy ?? "all"],
            } satisfies MultiSearchQuery,
          }
        })
      )
    const highlight = options.highlight && input.q?.trim() ? (options.highlight === true ? { fields: ["*"] } : options.highlight) : undefined
    const order = Object.entries(input.pagination?.order ?? {}).filter(([field]) => field !== "_score")
    const main: MultiSearchQuery = {
      indexUid: definition.physical_name,
      q: queryText(input),
      filter,
      offset: input.pagination?.skip ?? 0,
      limit: input.pagination?.take ?? 20,
      facets: valueFacets.length ? valueFacets : undefined,
      sort: order.length ? order.map(([field, direction]) => `${field}:${direction.toLowerCase()}`) : undefined,
      attributesToRetrieve: input.attributes_to_retrieve,
      attributesToSearchOn: options.attributes_to_search_on,
      matchingStrategy: MATCHING[options.match_strategy ?? "all"],
      distinct: options.distinct,
      rankingScoreThreshold: options.min_score,
      showRankingScore: options.include_score,
      ...(highlight
        ? {
            attributesToHighlight: highlight.fields,
            highlightPreTag: highlight.pre_tag ?? "<mark>",
            highlightPostTag: highlight.post_tag ?? "</mark>",
            ...(highlight.snippet ? { attributesToCrop: highlight.fields, cropLength: typeof highlight.snippet === "object" ? highlight.snippet.length : 20 } : {}),
          }
        : {}),
    }
    return { main, ranges, facets, highlight }
  }

  private toResult(input: Input, response: SearchResponse, plan: ReturnType<MeilisearchSearchProvider["plan"]>, rangeCounts: SearchResponse[]): SearchTypes.SearchResult {
    const facets: Record<string, SearchTypes.SearchFacetResult> = {}
    const total = response.estimatedTotalHits ?? response.totalHits ?? response.hits.length
    for (const facet of plan.facets) {
      if (facet.type === "range") {
        facets[facet.field] = {
          type: "range",
          ranges: plan.ranges
            .map((range, i) => ({ range, count: rangeCounts[i].estimatedTotalHits ?? 0 }))
            .filter(({ range }) => range.field === facet.field)
            .map(({ range, count }) => ({ key: range.key, from: range.from, to: range.to, count })),
        }
      } else if (facet.type === "stats") {
        const stats = response.facetStats?.[facet.field]
        facets[facet.field] = { type: "stats", min: stats?.min ?? 0, max: stats?.max ?? 0, count: total }
      } else {
        const distribution = response.facetDistribution?.[facet.field] ?? {}
        const values = Object.entries(distribution).map(([value, count]) => ({ value, count }))
        values.sort(facet.sort === "alpha" ? (a, b) => a.value.localeCompare(b.value) : (a, b) => b.count - a.count)
        facets[facet.field] = { type: "value", values: values.slice(0, facet.limit ?? 100) }
      }
    }
    return {
      hits: response.hits.map((hit) => {
        const { _formatted, _rankingScore, ...document } = hit as Record<string, unknown> & { _rankingScore?: number }
        return {
          id: String(document[input.index.primary_key]),
          score: input.search_options?.include_score ? _rankingScore : undefined,
          document,
          highlights: plan.highlight && _formatted
            ? Object.fromEntries(Object.entries(_formatted as Record<string, unknown>).filter(([, v]) => typeof v === "string").map(([k, v]) => [k, [v as string]]))
            : undefined,
        }
      }),
      facets: plan.facets.length ? facets : undefined,
      metadata: {
        skip: input.pagination?.skip ?? 0,
        take: input.pagination?.take ?? 20,
        count: input.search_options?.count === "none" ? null : total,
        query: input.q,
        processing_time_ms: response.processingTimeMs,
      },
    }
  }
}
