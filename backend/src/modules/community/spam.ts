/**
 * The community's content rules, applied to every new comment. Pure functions over the text, so the
 * workflow step that uses them stays small and the rules are easy to test and tune.
 */
export type SpamRules = {
  /** Words or phrases that send a comment to spam (case-insensitive, whole words). */
  blocklist: string[]
  /** More links than this and the comment is refused. */
  maxLinks: number
}

const LINK = /\b(?:https?:\/\/|www\.)\S+/gi

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0
}

/** The first blocklisted term found in the text, if any. */
export function blockedTerm(text: string, blocklist: string[]): string | undefined {
  const lower = text.toLowerCase()
  return blocklist.find((term) => {
    const escaped = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(lower)
  })
}

/** Case, spacing and punctuation do not make a repeated comment new. */
export function normalizeForDuplicates(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()
}
