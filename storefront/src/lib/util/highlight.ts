/** A piece of text and whether it matches the query. */
export type HighlightPart = { text: string; match: boolean }

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

/**
 * Splits `text` where words start with one of the query's words, so the page can wrap the matches
 * in <mark> as React elements: engine-side highlighting would mean rendering HTML, which we never do.
 */
export function highlightParts(text: string, query: string): HighlightPart[] {
  const words = [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2))].slice(0, 8)
  if (!words.length || !text) {
    return [{ text, match: false }]
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join("|")})`, "giu")
  const parts: HighlightPart[] = []
  let last = 0
  for (const found of text.matchAll(pattern)) {
    const start = found.index!
    if (start > last) parts.push({ text: text.slice(last, start), match: false })
    parts.push({ text: found[0], match: true })
    last = start + found[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}
