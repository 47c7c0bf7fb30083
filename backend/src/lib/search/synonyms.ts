/**
 * Words readers use for the same thing. Meilisearch takes them as index synonyms; the PostgreSQL
 * provider has no synonym support, so every document also carries, in a searchable field that is
 * never returned, the other names of each group it mentions (see `synonymText`).
 */
export const SYNONYM_GROUPS: string[][] = [
  ["chronic fatigue", "chronic fatigue syndrome", "CFS", "ME", "ME/CFS", "myalgic encephalomyelitis"],
  ["lyme", "lyme disease", "borrelia", "borreliosis"],
  ["vitamin c", "ascorbic acid"],
  ["vitamin d", "vitamin d3", "cholecalciferol"],
  ["coq10", "coenzyme q10", "ubiquinol", "ubiquinone"],
  ["sleep", "insomnia"],
  ["gut", "digestive", "digestion"],
  ["immune", "immunity"],
  // "SAMe" is also the word "same", which full-text search drops as too common.
  ["SAMe", "sam-e", "S-adenosylmethionine", "adenosylmethionine"],
  // What shoppers type for a complaint, with the words the catalog's copy uses for the same thing.
  ["sleeplessness", "insomnia", "trouble sleeping", "can't sleep", "cant sleep", "sleepless nights"],
  ["fatigue", "tiredness", "low energy", "lack of energy", "exhaustion"],
  ["stress", "stressed", "stressed out", "anxiety", "anxious"],
  ["brain fog", "mental fog", "foggy thinking", "mental clarity"],
  ["memory", "forgetful", "forgetfulness"],
  ["mood", "low mood", "feeling down", "feeling blue"],
  ["joint pain", "joint comfort", "achy joints", "sore joints", "stiff joints", "joint stiffness"],
  ["sore muscles", "tired muscles", "achy muscles", "muscle aches", "muscle soreness"],
  ["bloating", "bloated", "indigestion", "digestive comfort", "comfortable digestion"],
  ["constipation", "constipated", "regularity"],
  ["nausea", "nauseous", "queasy", "motion sickness", "travel sickness", "settle the stomach"],
  ["cold and flu", "colds and flu", "colds", "flu", "cold season", "flu season", "colder months"],
  ["hydration", "dehydration", "dehydrated"],
]

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
}

/**
 * Short capitalised terms such as "ME" or "SAMe" are also ordinary words ("help me", "the same"), so
 * they only count when written as in the group; other terms match whole words in any case.
 */
const GROUP_MATCHERS = SYNONYM_GROUPS.map((terms) => ({
  terms,
  patterns: terms.map((term) =>
    term.length <= 4 && term !== term.toLowerCase()
      ? new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}(?=$|[^\\p{L}\\p{N}])`, "u")
      : new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}(?=$|[^\\p{L}\\p{N}])`, "iu")
  ),
}))

/** The names of every synonym group the text mentions, for the hidden `synonyms` field. */
export function synonymText(...texts: (string | null | undefined)[]): string {
  const text = texts.filter(Boolean).join(" \n ")
  const found = GROUP_MATCHERS.filter(({ patterns }) => patterns.some((pattern) => pattern.test(text)))
  return found.flatMap(({ terms }) => terms).join(" ")
}

/** Meilisearch's `synonyms` setting: every term maps to the other terms of its group. */
export function meilisearchSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const terms of SYNONYM_GROUPS) {
    for (const term of terms) {
      const key = term.toLowerCase()
      synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...terms.map((t) => t.toLowerCase()).filter((t) => t !== key)])]
    }
  }
  return synonyms
}
