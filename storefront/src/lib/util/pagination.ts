export const PRODUCTS_PER_PAGE = 24

/**
 * Parses a `?page=` search param. Missing or empty means page 1; anything
 * other than a positive integer is invalid (null).
 */
export function parsePageParam(value: string | string[] | undefined): number | null {
  const raw = Array.isArray(value) ? value[0] : value
  if (raw === undefined || raw === "") {
    return 1
  }
  if (!/^\d{1,6}$/.test(raw)) {
    return null
  }
  const page = Number(raw)
  return page >= 1 ? page : null
}

export function totalPagesFor(count: number, perPage: number = PRODUCTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(count / perPage))
}
