#!/usr/bin/env node
// Search relevance: what shoppers type (misspelt, spelled by sound, written another way, or a
// symptom instead of a product) and the one product or article each query must find in the top 5.
// The answer key is relevance-queries.json beside this file. `measureRelevance` asks a running backend's `POST /store/search` with the search
// page's own options and scores the answers: the share found in the top 5 and the mean reciprocal rank.
//
//   node tests/search/relevance.mjs <backendUrl> <publishableKey>
//
// prints the figures per kind and every miss. The backend limits searches per client and minute
// (SEARCH_RATE_LIMIT_PER_MINUTE, 600 by default); a 429 is waited out and the query asked again,
// and a backend started only for measuring can raise the limit as tests/bench/search.mjs does.
import { readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const HERE = path.dirname(fileURLToPath(import.meta.url))
const TOP = 5

/** The answer key. */
export function loadRelevanceQueries() {
  return JSON.parse(readFileSync(path.join(HERE, "relevance-queries.json"), "utf8"))
}

/** "Pinecroft Mushroom Co." → "pinecroft-mushroom-co": how brand handles are made from names. */
export function slugify(text) {
  return String(text ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

/** The storefront search page's request: products and articles for one query. */
export function searchBody(q) {
  const one = (entity) => ({ entity, filters: { q }, pagination: { take: TOP }, search_options: { typo_tolerance: true } })
  return { queries: [one("product"), one("article")] }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function search({ backendUrl, publishableKey, headers, q }) {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${backendUrl.replace(/\/+$/, "")}/store/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey, ...headers },
      body: JSON.stringify(searchBody(q)),
    })
    if (response.status === 429 && attempt < 20) {
      // Rate limited: wait as told (or a few seconds), then ask again.
      const retryAfter = Number(response.headers.get("retry-after"))
      await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 3000)
      continue
    }
    if (!response.ok) {
      throw new Error(`search for ${JSON.stringify(q)} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
    }
    return response.json()
  }
}

/** 1-based rank of the expected product or article among the hits of its type, 0 when absent. */
function rankOf(expect, hits) {
  const documents = hits.slice(0, TOP).map((hit) => hit.document ?? hit)
  const index = expect.brand
    ? documents.findIndex((doc) => doc.brand && slugify(doc.brand) === expect.brand)
    : documents.findIndex((doc) => doc.handle === expect.handle)
  return index + 1
}

/** What a miss shows: the first five hits of the expected type, as "handle (brand)" or "handle". */
function describe(hits) {
  return hits.slice(0, TOP).map((hit) => {
    const doc = hit.document ?? hit
    return doc.brand ? `${doc.handle} (${doc.brand})` : doc.handle ?? doc.title ?? hit.id
  })
}

/**
 * Asks every query (one at a time) and scores the answers: `top5` is the share of queries whose
 * expected document is among the first five hits of its type, `mrr` the mean of 1/rank (0 beyond 5).
 */
export async function measureRelevance({ backendUrl, publishableKey, queries, headers = {} }) {
  const misses = []
  const byKind = {}
  let found = 0
  let reciprocal = 0
  for (const entry of queries) {
    const { q, kind = "other", expect } = entry
    const { results } = await search({ backendUrl, publishableKey, headers, q })
    const hits = (expect.type === "article" ? results[1] : results[0])?.hits ?? []
    const rank = rankOf(expect, hits)
    const stats = (byKind[kind] ??= { total: 0, top5: 0, found: 0, rr: 0 })
    stats.total++
    if (rank > 0) {
      found++
      reciprocal += 1 / rank
      stats.found++
      stats.rr += 1 / rank
    } else {
      misses.push({ q, kind, expect, got: describe(hits) })
    }
  }
  const total = queries.length
  for (const stats of Object.values(byKind)) {
    stats.top5 = stats.found / stats.total
    stats.mrr = stats.rr / stats.total
    delete stats.found
    delete stats.rr
  }
  return { total, top5: total ? found / total : 0, mrr: total ? reciprocal / total : 0, misses, byKind }
}

const percent = (fraction) => `${(fraction * 100).toFixed(1)}%`

/** The CLI's report: one line per kind, the totals, then every miss. */
export function formatReport(result) {
  const lines = []
  const kinds = Object.entries(result.byKind).sort(([a], [b]) => a.localeCompare(b))
  const width = Math.max(5, ...kinds.map(([kind]) => kind.length))
  lines.push(`${"kind".padEnd(width)}  total  top-5    MRR`)
  for (const [kind, stats] of kinds) {
    lines.push(`${kind.padEnd(width)}  ${String(stats.total).padStart(5)}  ${percent(stats.top5).padStart(6)}  ${stats.mrr.toFixed(3)}`)
  }
  lines.push(`${"all".padEnd(width)}  ${String(result.total).padStart(5)}  ${percent(result.top5).padStart(6)}  ${result.mrr.toFixed(3)}`)
  lines.push("", `misses (${result.misses.length}):`)
  for (const miss of result.misses) {
    const target = miss.expect.brand ? `brand ${miss.expect.brand}` : `${miss.expect.type} ${miss.expect.handle}`
    lines.push(`  [${miss.kind}] ${JSON.stringify(miss.q)} → ${target}; got: ${miss.got.join(", ") || "nothing"}`)
  }
  return lines.join("\n")
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [backendUrl, publishableKey] = process.argv.slice(2)
  if (!backendUrl || !publishableKey) {
    console.error("usage: node tests/search/relevance.mjs <backendUrl> <publishableKey>")
    process.exit(2)
  }
  measureRelevance({ backendUrl, publishableKey, queries: loadRelevanceQueries() })
    .then((result) => {
      console.log(formatReport(result))
    })
    .catch((error) => {
      console.error(error.stack || error.message)
      process.exit(1)
    })
}
