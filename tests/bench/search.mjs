#!/usr/bin/env node
// `npm run bench:search`: the search box under load on the default (PostgreSQL) provider, or on
// Meilisearch when MEILISEARCH_HOST is set. A seeded store in its own database (search_bench on
// TEST_DATABASE_URL's server, default the local PostgreSQL) gets 10,000 generated products and
// 5,000 articles (deterministic), is reindexed, then `POST /store/search` is timed with one reader
// and with eight at once, and one-typo queries are checked for their target in the top 5.
// Before that, relevance: the demo store alone (search_bench_relevance, seeded, dropped afterwards)
// answers tests/search/relevance-queries.json (the generated names would crowd its top fives).
// Prints a summary and writes tests/bench/results/search.json.
import { randomBytes } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ensureDatabase, queryRows } from "../../scripts/lib/postgres.mjs"
import { formatReport, loadRelevanceQueries, measureRelevance } from "../search/relevance.mjs"
import { BACKEND_DIR, ROOT, bin, run, stop, waitForHttp } from "../../scripts/lib/processes.mjs"
import { backendEnv, prepareDatabase, readPublishableKey, startBackend } from "../../scripts/lib/stack.mjs"

const RESULTS_DIR = path.join(ROOT, "tests", "bench", "results")
const LOG_DIR = path.join(RESULTS_DIR, "logs")
// One reader at a time (the latency a reader sees), then eight at once (queueing on this machine's cores).
const CONCURRENCIES = (process.env.BENCH_CONCURRENCY || "1,8").split(",").map(Number)
const REQUESTS = Number(process.env.BENCH_REQUESTS || 2000)
const PRODUCTS = Number(process.env.BENCH_PRODUCTS || 10_000)
const ARTICLES = Number(process.env.BENCH_ARTICLES || 5_000)
const BACKEND_PORT = Number(process.env.BENCH_BACKEND_PORT || 9100)
const TYPO_SAMPLE = 300
const TARGETS = { p95_ms: 25, one_typo_top5: 0.95, relevance_top5: 0.97 }

const say = (message) => console.log(`[bench:search] ${message}`)
const log = (name) => path.join(LOG_DIR, `${name}.log`)

function benchDatabaseUrl(name = "search_bench") {
  const url = new URL(process.env.TEST_DATABASE_URL || "postgres://postgres@localhost:5432/postgres")
  url.pathname = `/${name}`
  return url.toString()
}

/** The demo store alone, seeded in its own database, scored against the relevance list; dropped afterwards. */
async function measureDemoStoreRelevance(extra) {
  const databaseUrl = benchDatabaseUrl("search_bench_relevance")
  const serverUrl = benchDatabaseUrl("postgres")
  await queryRows(serverUrl, "drop database if exists search_bench_relevance with (force)")
  await ensureDatabase(databaseUrl)
  const env = backendEnv(databaseUrl, { backendPort: BACKEND_PORT, storefrontPort: BACKEND_PORT + 1, extra })
  say("relevance: seeding the demo store alone")
  await prepareDatabase(env, { seed: true, say, log: log("relevance-prepare") })
  const backend = startBackend(env, { watch: false, log: log("relevance-backend") })
  try {
    const backendUrl = `http://localhost:${BACKEND_PORT}`
    await waitForHttp(`${backendUrl}/health`, { isAlive: () => backend.exitCode === null })
    const result = await measureRelevance({ backendUrl, publishableKey: await readPublishableKey(databaseUrl), queries: loadRelevanceQueries() })
    console.log(formatReport(result))
    return result
  } finally {
    await stop(backend)
    await queryRows(serverUrl, "drop database if exists search_bench_relevance with (force)")
  }
}

/** One deterministic typo in a word: the middle letter replaced by the next letter of the alphabet. */
function oneTypo(word) {
  const i = Math.floor(word.length / 2)
  const c = word[i].toLowerCase()
  const replacement = c === "z" ? "a" : String.fromCharCode(c.charCodeAt(0) + 1)
  return word.slice(0, i) + replacement + word.slice(i + 1)
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const round = (ms) => Number(ms.toFixed(1))

/** `REQUESTS` searches from `concurrency` readers at once: HTTP latency, the engine's own time, by kind. */
async function timeSearches(search, queries, concurrency) {
  const latencies = []
  // What the engine reports per query (the provider's own timing), apart from HTTP and Medusa.
  const engineTimes = []
  const byKind = {}
  let next = 0
  const started = Date.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < REQUESTS) {
        const [kind, body] = queries[next++ % queries.length]
        const t0 = performance.now()
        const { results } = await search(body)
        const elapsed = performance.now() - t0
        latencies.push(elapsed)
        ;(byKind[kind] ??= []).push(elapsed)
        engineTimes.push(results[0].metadata.processing_time_ms ?? 0)
      }
    })
  )
  const seconds = (Date.now() - started) / 1000
  const sorted = (values) => [...values].sort((a, b) => a - b)
  const http = sorted(latencies)
  const engine = sorted(engineTimes)
  return {
    concurrency,
    requests: http.length,
    throughput_rps: Math.round(http.length / seconds),
    latency_ms: { p50: round(percentile(http, 50)), p95: round(percentile(http, 95)), p99: round(percentile(http, 99)) },
    engine_ms: { p50: percentile(engine, 50), p95: percentile(engine, 95), p99: percentile(engine, 99) },
    latency_p95_by_kind_ms: Object.fromEntries(Object.entries(byKind).map(([kind, times]) => [kind, round(percentile(sorted(times), 95))])),
  }
}

async function main() {
  mkdirSync(LOG_DIR, { recursive: true })
  const secret = () => randomBytes(24).toString("hex")
  const extra = {
    DISABLE_ADMIN: "true",
    LOG_LEVEL: "warn",
    // As deployed, and as the topology bench runs it.
    NODE_ENV: "production",
    JWT_SECRET: secret(),
    COOKIE_SECRET: secret(),
    NEWSLETTER_TOKEN_SECRET: secret(),
    // The benchmark is one client sending thousands of searches.
    SEARCH_RATE_LIMIT_PER_MINUTE: "100000000",
  }
  const relevance = await measureDemoStoreRelevance(extra)
  say(`relevance: ${(relevance.top5 * 100).toFixed(1)}% in the top 5, MRR ${relevance.mrr.toFixed(3)} (${relevance.total} queries)`)

  const databaseUrl = benchDatabaseUrl()
  await ensureDatabase(databaseUrl)
  const env = backendEnv(databaseUrl, { backendPort: BACKEND_PORT, storefrontPort: BACKEND_PORT + 1, extra })
  const medusa = bin("medusa", BACKEND_DIR)

  say(`database ${new URL(databaseUrl).pathname.slice(1)}: migrating and seeding the demo store if empty`)
  await prepareDatabase(env, { say, log: log("prepare") })
  say(`adding the bench catalog (${PRODUCTS} products, ${ARTICLES} articles; skipped when present)`)
  const generateStarted = Date.now()
  await run(medusa, ["exec", "./src/scripts/generate-search-bench-data.ts"], {
    cwd: BACKEND_DIR,
    env: { ...env, BENCH_PRODUCTS: String(PRODUCTS), BENCH_ARTICLES: String(ARTICLES) },
    label: "bench data",
    log: log("generate"),
  })
  say(`catalog ready in ${((Date.now() - generateStarted) / 1000).toFixed(0)}s; reindexing`)
  const reindexStarted = Date.now()
  await run(medusa, ["exec", "./src/scripts/reindex.ts"], { cwd: BACKEND_DIR, env, label: "reindex", log: log("reindex") })
  const reindexSeconds = (Date.now() - reindexStarted) / 1000
  say(`reindexed in ${reindexSeconds.toFixed(1)}s (including the app's boot)`)

  const publishableKey = await readPublishableKey(databaseUrl)
  const backend = startBackend(env, { watch: false, log: log("backend") })
  try {
    const baseUrl = `http://localhost:${BACKEND_PORT}`
    await waitForHttp(`${baseUrl}/health`, { isAlive: () => backend.exitCode === null })
    const search = async (body) => {
      const response = await fetch(`${baseUrl}/store/search`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`search answered ${response.status}: ${await response.text()}`)
      return response.json()
    }

    const products = await queryRows(
      databaseUrl,
      "select id, title from product where handle like 'bench-%' and deleted_at is null order by handle"
    )
    if (products.length < PRODUCTS) throw new Error(`expected ${PRODUCTS} bench products, found ${products.length}`)
    const step = Math.floor(products.length / TYPO_SAMPLE)
    const targets = Array.from({ length: TYPO_SAMPLE }, (_, i) => products[i * step])

    // Typo recall: the title with one typo in its made-up name, target in the top 5.
    let found = 0
    const misses = []
    for (const target of targets) {
      const [name, ...rest] = target.title.split(" ")
      const q = [oneTypo(name), ...rest].join(" ")
      const { results } = await search({ entity: "product", filters: { q }, search_options: { typo_tolerance: true }, pagination: { take: 5 } })
      if (results[0].hits.some((hit) => hit.id === target.id)) found++
      else if (misses.length < 5) misses.push(q)
    }
    const typoRecall = found / targets.length
    say(`one-typo targets in the top 5: ${found}/${targets.length} (${(typoRecall * 100).toFixed(1)}%)`)

    // Latency: what readers send: whole names, names with a typo, and prefixes as they type.
    const queries = targets.flatMap((target) => {
      const [name, ingredient] = target.title.split(" ")
      return [
        ["words", { entity: "product", filters: { q: `${name} ${ingredient}` }, search_options: { typo_tolerance: true }, pagination: { take: 10 } }],
        ["typo", { entity: "product", filters: { q: oneTypo(name) }, search_options: { typo_tolerance: true }, pagination: { take: 10 } }],
        ["prefix", { entity: "product", filters: { q: name.slice(0, 4) }, search_options: { typo_tolerance: true, match_strategy: "last" }, pagination: { take: 10 } }],
      ]
    })
    for (const [, body] of queries.slice(0, 50)) await search(body) // warm-up
    const runs = []
    for (const concurrency of CONCURRENCIES) {
      say(`timing ${REQUESTS} searches at concurrency ${concurrency}`)
      runs.push(await timeSearches(search, queries, concurrency))
    }
    const result = {
      provider: process.env.MEILISEARCH_HOST ? "meilisearch" : "search-postgres",
      products_indexed: products.length,
      articles_generated: ARTICLES,
      reindex_seconds: round(reindexSeconds),
      runs,
      load_average_1m: round(os.loadavg()[0]),
      one_typo_top5: Number(typoRecall.toFixed(3)),
      one_typo_misses_sample: misses,
      relevance: {
        queries: relevance.total,
        top5: Number(relevance.top5.toFixed(3)),
        mrr: Number(relevance.mrr.toFixed(3)),
        by_kind: relevance.byKind,
        misses: relevance.misses.map(({ q, kind }) => `[${kind}] ${q}`),
      },
      targets: TARGETS,
    }
    mkdirSync(RESULTS_DIR, { recursive: true })
    writeFileSync(path.join(RESULTS_DIR, "search.json"), `${JSON.stringify(result, null, 2)}\n`)
    console.log(JSON.stringify(result, null, 2))
    const fastEnough = (run) => run.latency_ms.p95 < TARGETS.p95_ms
    for (const run of runs) {
      say(`concurrency ${run.concurrency}: p95 ${run.latency_ms.p95} ms: ${fastEnough(run) ? "met" : "NOT met"} (target < ${TARGETS.p95_ms} ms)`)
    }
    const ok = runs.every(fastEnough) && typoRecall >= TARGETS.one_typo_top5 && relevance.top5 >= TARGETS.relevance_top5
    const targetsText = `p95 < ${TARGETS.p95_ms} ms, ≥ ${TARGETS.one_typo_top5 * 100}% one-typo targets and ≥ ${TARGETS.relevance_top5 * 100}% of the relevance list in the top 5`
    say(ok ? `targets met (${targetsText})` : `targets NOT met at every concurrency (${targetsText})`)
    process.exitCode = ok ? 0 : 1
  } finally {
    await stop(backend)
  }
}

main().catch((error) => {
  console.error(`[bench:search] ${error.stack || error.message}`)
  process.exit(1)
})
