export type SearchParams = Record<string, string | string[] | undefined>

/** The first value of a search param, trimmed; undefined when missing or empty. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value
  const trimmed = raw?.trim()
  return trimmed ? trimmed : undefined
}

/** Same shape as a handle in the catalogue: lowercase words joined by dashes. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isHandle(value: string | undefined): value is string {
  return value !== undefined && value.length <= 200 && HANDLE_PATTERN.test(value)
}

/** Builds "path?a=1&b=2" from the defined, non-empty entries (in the given order). */
export function buildHref(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") {
      search.set(key, String(value))
    }
  }
  const query = search.toString()
  return query ? `${path}?${query}` : path
}
