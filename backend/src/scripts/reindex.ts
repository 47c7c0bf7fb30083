import type { ExecArgs, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * `npm run reindex`: rebuilds every search index from the database. Each index is filled into a new
 * version while the current one keeps answering, then swapped in, so it is safe while serving.
 */
export default async function reindex({ container }: ExecArgs) {
  const search = container.resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH)
  const indexes = await search.listIndexes()
  for (const [position, index] of indexes.entries()) {
    const startedAt = Date.now()
    console.log(`[reindex] ${position + 1}/${indexes.length} "${index.name}" on ${index.provider}: rebuilding…`)
    await search.reindex({ index: index.name, strategy: "swap" })
    const { metadata } = await search.search({
      entity: index.name,
      pagination: { take: 1 },
      search_options: { count: "exact" },
    })
    console.log(`[reindex] "${index.name}": ${metadata.count} documents in ${((Date.now() - startedAt) / 1000).toFixed(1)}s`)
  }
  console.log("[reindex] done")
}
