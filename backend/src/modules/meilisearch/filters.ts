import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Value = SearchTypes.SearchFilterValue

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * A value as a Meilisearch filter literal. Strings are always double-quoted with `\` and `"`
 * escaped, so nothing a visitor sends can close the quote and add filter syntax.
 */
export function literal(value: Value): string {
  if (typeof value === "number") {
    return Number.isFinite(value) ? String(value) : invalid("Search filters take finite numbers only")
  }
  if (typeof value === "boolean") {
    return value ? "true" : "false"
  }
  if (value instanceof Date) {
    return literal(value.toISOString())
  }
  if (typeof value === "string") {
    return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
  }
  return invalid("Search filters take strings, numbers, booleans or dates")
}

const list = (values: Value[]) => `[${values.map(literal).join(", ")}]`

/** Field paths come from the index definition; anything else is refused rather than quoted. */
function fieldName(path: string, definition: SearchTypes.ResolvedSearchIndexDefinition): string {
  const field = path.split(".").reduce<SearchTypes.SearchFieldDefinition | undefined>(
    (fields, part, i) => (i === 0 ? definition.fields[part] : fields?.fields?.[part]),
    undefined
  )
  if (!field?.filterable || !/^[A-Za-z0-9_.]+$/.test(path)) {
    invalid(`Field "${path}" is not filterable on search index "${definition.name}"`)
  }
  return path
}

function fieldCondition(path: string, condition: unknown, definition: SearchTypes.ResolvedSearchIndexDefinition): string {
  const name = fieldName(path, definition)
  if (Array.isArray(condition)) {
    return `${name} IN ${list(condition as Value[])}`
  }
  if (condition === null || typeof condition !== "object" || condition instanceof Date) {
    return `${name} = ${literal(condition as Value)}`
  }
  const parts = Object.entries(condition as SearchTypes.SearchOperatorMap<Value>).map(([operator, value]) => {
    switch (operator) {
      case "$eq":
        return `${name} = ${literal(value as Value)}`
      case "$ne":
        return `${name} != ${literal(value as Value)}`
      case "$in":
      case "$overlaps":
        return `${name} IN ${list(value as Value[])}`
      case "$nin":
        return `${name} NOT IN ${list(value as Value[])}`
      case "$gt":
        return `${name} > ${literal(value as Value)}`
      case "$gte":
        return `${name} >= ${literal(value as Value)}`
      case "$lt":
        return `${name} < ${literal(value as Value)}`
      case "$lte":
        return `${name} <= ${literal(value as Value)}`
      case "$exists":
        return value ? `${name} EXISTS` : `${name} NOT EXISTS`
      case "$contains":
        return [value as Value | Value[]]
          .flat()
          .map((v) => `${name} = ${literal(v)}`)
          .join(" AND ")
      default:
        // `$prefix` and `$like`: Meilisearch has no substring filter.
        return invalid(`The Meilisearch provider does not support the "${operator}" filter operator`)
    }
  })
  return parts.length > 1 ? parts.map((p) => `(${p})`).join(" AND ") : parts[0]
}

/** Compiles the Search Module's filter tree to a Meilisearch filter expression. */
export function toMeilisearchFilter(
  filters: SearchTypes.SearchFilters | undefined,
  definition: SearchTypes.ResolvedSearchIndexDefinition
): string | undefined {
  if (!filters) {
    return undefined
  }
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (key === "q" || value === undefined) {
      continue
    }
    if (key === "$and" || key === "$or") {
      const nested = (value as SearchTypes.SearchFilters[])
        .map((branch) => toMeilisearchFilter(branch, definition))
        .filter((part): part is string => !!part)
      if (nested.length) {
        parts.push(`(${nested.map((p) => `(${p})`).join(key === "$and" ? " AND " : " OR ")})`)
      }
      continue
    }
    if (key === "$not") {
      const nested = toMeilisearchFilter(value as SearchTypes.SearchFilters, definition)
      if (nested) {
        parts.push(`NOT (${nested})`)
      }
      continue
    }
    parts.push(fieldCondition(key, value, definition))
  }
  return parts.length ? parts.map((p) => `(${p})`).join(" AND ") : undefined
}

/** `{ id: [...] }` or `{ id: { $in: [...] } }`: the delete-by-id shape the module sends. */
export function primaryKeyIds(filters: SearchTypes.SearchFilters, primaryKey: string): string[] | null {
  const keys = Object.keys(filters)
  if (keys.length !== 1 || keys[0] !== primaryKey) {
    return null
  }
  const value = filters[primaryKey] as unknown
  if (typeof value === "string") return [value]
  if (Array.isArray(value)) return value.map(String)
  if (value && typeof value === "object" && Array.isArray((value as { $in?: unknown[] }).$in)) {
    return (value as { $in: unknown[] }).$in.map(String)
  }
  return null
}
