#!/usr/bin/env node
// `npm run bench:suggest`: the quality of the article editor's suggested products. A seeded demo
// store in its own database (suggest_bench on TEST_DATABASE_URL's server, default the local
// PostgreSQL) answers `POST /admin/product-suggestions` for two sets of articles with hand-chosen
// products as the answer key:
// - the 32 seeded articles and their featured products (read from the database), each asked with its
//   title, summary, body, topic and own id (so co-featuring leaves its own key out), the featured
//   products' titles taken out where they appear verbatim;
// - 20 articles written for this test only (tests/search/suggest-articles.json, not in the seed), so
//   the ranking is not tuned to the seed.
// Prints precision@5 and recall@5 per set, the ceiling (a perfect top 5 over keys of fewer than 5
// products), every article's misses, and writes tests/bench/results/suggest.json.
import { randomBytes } from "node:crypto"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ensureDatabase, queryRows } from "../../scripts/lib/postgres.mjs"
import { ROOT, stop, waitForHttp } from "../../scripts/lib/processes.mjs"
import { backendEnv, prepareDatabase, startBackend } from "../../scripts/lib/stack.mjs"

const RESULTS_DIR = path.join(ROOT, "tests", "bench", "results")
const LOG_DIR = path.join(RESULTS_DIR, "logs")
const TEST_ARTICLES = path.join(ROOT, "tests", "search", "suggest-articles.json")
const BACKEND_PORT = Number(process.env.BENCH_BACKEND_PORT || 9120)
const BOOT = { timeoutMs: 420_000 }
const TOP = 5
const TARGET = { seed_precision_at_5: 0.6 }
// The seed's admin (backend/src/scripts/seed-data/store-setup.ts).
const ADMIN = { email: "admin@example.com", password: "supplements" }

const say = (message) => console.log(`[bench:suggest] ${message}`)
const log = (name) => path.join(LOG_DIR, `${name}.log`)

function benchDatabaseUrl(name) {
  const url = new URL(process.env.TEST_DATABASE_URL || "postgres://postgres@localhost:5432/postgres")
  url.pathname = `/${name}`
  return url.toString()
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

/** The article's text as the editor would have it, minus the key's product titles where written verbatim. */
function queryText(text, productTitles) {
  return productTitles.reduce((result, title) => result.replace(new RegExp(escapeRegExp(title), "gi"), ""), text)
}

/** The 32 seeded articles: text, topic, and featured product handles and titles (the key). */
async function seedArticles(databaseUrl) {
  const rows = await queryRows(
    databaseUrl,
    `select a.id, a.handle, a.title, a.summary, a.body, a.topic_id,
            coalesce(json_agg(json_build_object('handle', p.handle, 'title', p.title)) filter (where p.id is not null), '[]') as products
       from article a
       left join news_article_product_product l on l.article_id = a.id and l.deleted_at is null
       left join product p on p.id = l.product_id and p.deleted_at is null
      where a.deleted_at is null
      group by a.id
      order by a.handle`
  )
  return rows.filter((row) => row.products.length)
}

/** The test articles with their topics' ids (written by topic handle) and the key's titles. */
async function testArticles(databaseUrl) {
  const articles = JSON.parse(readFileSync(TEST_ARTICLES, "utf8"))
  const topics = new Map((await queryRows(databaseUrl, "select id, handle from topic where deleted_at is null")).map((t) => [t.handle, t.id]))
  const products = new Map((await queryRows(databaseUrl, "select handle, title from product where deleted_at is null")).map((p) => [p.handle, p.title]))
  return articles.map((article) => {
    const missing = article.products.filter((handle) => !products.has(handle))
    if (missing.length || !topics.has(article.topic)) {
      throw new Error(`${article.handle}: unknown ${missing.length ? `products ${missing.join(", ")}` : `topic ${article.topic}`}`)
    }
    return {
      ...article,
      topic_id: topics.get(article.topic),
      products: article.products.map((handle) => ({ handle, title: products.get(handle) })),
    }
  })
}

/** Precision@5, recall@5 and the ceiling over a set of articles, with each article's misses. */
async function measure(suggest, articles) {
  const perArticle = []
  for (const article of articles) {
    const titles = article.products.map((product) => product.title)
    const { suggestions } = await suggest({
      title: queryText(article.title, titles),
      summary: queryText(article.summary, titles),
      body: queryText(article.body, titles),
      topic_id: article.topic_id,
      // Leave-one-out: a seeded article's own featured products (the key) must not be its evidence.
      // Test articles are not in the database and have no id.
      article_id: article.id,
      limit: TOP,
    })
    const top = suggestions.slice(0, TOP).map((suggestion) => suggestion.handle)
    const key = article.products.map((product) => product.handle)
    const hits = key.filter((handle) => top.includes(handle))
    perArticle.push({
      handle: article.handle,
      precision: hits.length / TOP,
      recall: hits.length / key.length,
      ceiling: Math.min(key.length, TOP) / TOP,
      missed: key.filter((handle) => !top.includes(handle)),
      top,
    })
  }
  const mean = (field) => Number((perArticle.reduce((sum, a) => sum + a[field], 0) / perArticle.length).toFixed(3))
  return { articles: perArticle.length, precision_at_5: mean("precision"), recall_at_5: mean("recall"), ceiling: mean("ceiling"), per_article: perArticle }
}

function report(name, result) {
  console.log(`\n${name}: ${result.articles} articles`)
  console.log(`  precision@5 ${result.precision_at_5.toFixed(3)}  recall@5 ${result.recall_at_5.toFixed(3)}  ceiling ${result.ceiling.toFixed(3)}`)
  for (const article of result.per_article.filter((a) => a.missed.length)) {
    console.log(`  ${article.handle}: missed ${article.missed.join(", ")}; top 5 ${article.top.join(", ")}`)
  }
}

async function main() {
  mkdirSync(LOG_DIR, { recursive: true })
  const databaseUrl = benchDatabaseUrl("suggest_bench")
  await ensureDatabase(databaseUrl)
  const secret = () => randomBytes(24).toString("hex")
  const env = backendEnv(databaseUrl, {
    backendPort: BACKEND_PORT,
    storefrontPort: BACKEND_PORT + 1,
    extra: { DISABLE_ADMIN: "true", LOG_LEVEL: "warn", NODE_ENV: "production", JWT_SECRET: secret(), COOKIE_SECRET: secret(), NEWSLETTER_TOKEN_SECRET: secret() },
  })
  say(`database ${new URL(databaseUrl).pathname.slice(1)}: migrating and seeding the demo store if empty`)
  await prepareDatabase(env, { say, log: log("suggest-prepare") })
  const backend = startBackend(env, { watch: false, log: log("suggest-backend") })
  try {
    const baseUrl = `http://localhost:${BACKEND_PORT}`
    await waitForHttp(`${baseUrl}/health`, { ...BOOT, isAlive: () => backend.exitCode === null })
    const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
    if (!login.ok) throw new Error(`admin login answered ${login.status}`)
    const { token } = await login.json()
    const suggest = async (body) => {
      const response = await fetch(`${baseUrl}/admin/product-suggestions`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`suggestions answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
      return response.json()
    }

    const seed = await measure(suggest, await seedArticles(databaseUrl))
    const test = await measure(suggest, await testArticles(databaseUrl))
    report("Seeded articles (their featured products)", seed)
    report("Test articles (tests/search/suggest-articles.json)", test)
    const result = { provider: process.env.MEILISEARCH_HOST ? "meilisearch" : "search-postgres", top: TOP, seed, test, target: TARGET }
    mkdirSync(RESULTS_DIR, { recursive: true })
    writeFileSync(path.join(RESULTS_DIR, "suggest.json"), `${JSON.stringify(result, null, 2)}\n`)
    const met = seed.precision_at_5 >= TARGET.seed_precision_at_5
    say(`seed precision@5 ${seed.precision_at_5} (ceiling ${seed.ceiling}): target ≥ ${TARGET.seed_precision_at_5} ${met ? "met" : "NOT met"}`)
    process.exitCode = met ? 0 : 1
  } finally {
    await stop(backend)
  }
}

main().catch((error) => {
  console.error(`[bench:suggest] ${error.stack || error.message}`)
  process.exit(1)
})
