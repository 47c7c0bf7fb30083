import type { MedusaContainer } from "@medusajs/framework/types"
import { NEWS_MODULE } from "../../modules/news"
import type NewsModuleService from "../../modules/news/service"

/** A text to weigh, and how much one of its words counts (a title word outweighs a body word). */
export type WeightedText = { text: string | null | undefined; weight: number }

export type SalientTerm = { term: string; weight: number }

/** Document frequencies change only as articles are written; a minute's staleness is harmless. */
const FREQUENCIES_TTL_MS = 60_000

/**
 * Words that carry no subject whatever the corpus: with few articles, IDF alone cannot tell that
 * "would" or "these" say nothing.
 */
const STOP_WORDS = new Set(
  (
    "about above after again against all also and any are aren because been before being below between both but can cannot could " +
    "did does doing down during each even ever every few for from further had has have having her here hers herself him himself his " +
    "how however into its itself just least less like many may might more most much must near not now off often once only other " +
    "our ours out over own same shall she should since some such than that the their theirs them then there these they this those " +
    "through too under until upon very was were what when where whether which while who whom whose why will with within without " +
    "would yet you your yours one two three four five six seven eight nine ten new per via let lets get gets got make makes made"
  ).split(" ")
)

let cached: { at: number; value: Promise<{ articles: number; frequencies: Map<string, number> }> } | undefined

/** The articles' document frequencies, read once a minute at most (a failed read is not kept). */
function articleFrequencies(container: MedusaContainer) {
  if (!cached || Date.now() - cached.at > FREQUENCIES_TTL_MS) {
    const value = container.resolve<NewsModuleService>(NEWS_MODULE).articleWordFrequencies()
    value.catch(() => (cached = undefined))
    cached = { at: Date.now(), value }
  }
  return cached.value
}

/** Lower case, accents dropped, split as PostgreSQL's `simple` parser splits (so frequencies line up). */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/** Long enough to mean something (or a code like "b12", "d3"), not a number, not a stop word. */
function isCandidate(word: string): boolean {
  const code = /\d/.test(word) && /\p{L}/u.test(word)
  return (word.length >= 3 || code) && !/^\d+$/.test(word) && !STOP_WORDS.has(word)
}

/**
 * The text's words by TF-IDF over all articles, most salient first: each word's weighted count
 * (log-scaled), times how rare it is among articles, so words every article uses count little.
 */
export async function salientTerms(container: MedusaContainer, texts: WeightedText[], limit: number): Promise<SalientTerm[]> {
  const counts = new Map<string, number>()
  for (const { text, weight } of texts) {
    for (const word of wordsOf(text ?? "")) {
      if (isCandidate(word)) {
        counts.set(word, (counts.get(word) ?? 0) + weight)
      }
    }
  }
  if (!counts.size) {
    return []
  }
  const { articles, frequencies } = await articleFrequencies(container)
  return [...counts]
    .map(([term, count]) => ({
      term,
      weight: (1 + Math.log(count)) * Math.log((articles + 1) / ((frequencies.get(term) ?? 0) + 1)),
    }))
    .filter((term) => term.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
    .slice(0, limit)
}
