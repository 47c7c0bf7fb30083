/**
 * How the PostgreSQL search reads words: the same normalisation of documents and queries, and the
 * choice among the catalog words closest to a word the catalog does not have.
 */

// Apostrophes of every kind, and hyphens between letters or digits.
const APOSTROPHES = /['’‘`´]/g
const WORD_HYPHEN = /(?<=[\p{L}\p{N}])[-‐‑](?=[\p{L}\p{N}])/gu
const JOINED_WORD = /[\p{L}\p{N}]+(?:(?:['’‘`´]|[-‐‑])[\p{L}\p{N}]+)+/gu

/** A query as the index reads it: lower case, apostrophes dropped ("St. John's" → "st. johns"). */
export function normaliseQuery(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(APOSTROPHES, "")
}

/**
 * A document's text with the joined form of every hyphenated or apostrophe word appended ("5-HTP" also
 * as "5HTP", "Lion's" as "Lions"), so "5htp" finds it as "5-htp" and "5 htp" do.
 */
export function withJoinedForms(text: string): string {
  const joined = text.match(JOINED_WORD)?.map((word) => word.replace(APOSTROPHES, "").replace(WORD_HYPHEN, ""))
  return joined?.length ? `${text} ${joined.join(" ")}` : text
}

/** The words a query is corrected word by word on: letters and digits, hyphens kept inside words. */
export function queryWords(normalised: string): string[] {
  return normalised.split(/[^\p{L}\p{N}-]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word))
}

/** Words this short are left as typed: too many catalog words are one edit away from them. */
export const MIN_CORRECTED_LENGTH = 3

/**
 * Edits allowed by the length of a word (Levenshtein counts a swap of two letters as two): one in a
 * short word, two from five letters ("rieshi"), three from nine ("ashwagnadha" plus one).
 */
export function maxEdits(length: number): number {
  return length < 5 ? 1 : length < 9 ? 2 : 3
}

export type Candidate = { word: string; term: string; distance: number; similarity: number }

/**
 * The catalog word a typed word stands for: itself when the catalog has it, otherwise the candidate
 * with the fewest edits within the word's allowance, then the most trigrams in common; null when
 * none is close enough.
 */
export function bestCorrection(word: string, candidates: Candidate[]): string | null {
  if (candidates.some((candidate) => candidate.distance === 0)) {
    return word
  }
  const allowed = candidates
    .filter((candidate) => candidate.distance <= maxEdits(word.length))
    .sort((a, b) => a.distance - b.distance || b.similarity - a.similarity)
  return allowed[0]?.term ?? null
}
