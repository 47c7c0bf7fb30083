#!/usr/bin/env node
// `npm run bench:storefront`: the storefront's production build against a freshly seeded backend.
// Lighthouse (mobile, Debian's Chromium) for /, /store, a topic, a product page, the cart, /news, an article, the forums and
// a thread, then response latency at a fixed request rate with autocannon for the same pages. Prints a table, writes
// tests/bench/results/storefront.json.
import { mkdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import autocannon from "autocannon"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { ROOT } from "../../scripts/lib/processes.mjs"
import { launchTestStore } from "../../scripts/lib/stack.mjs"

const RESULTS_DIR = path.join(ROOT, "tests", "bench", "results")
const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium"
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]
const RATE = Number(process.env.BENCH_RATE || 100) // requests per second, per page
const DURATION = Number(process.env.BENCH_DURATION || 10) // seconds, per page

async function storeGet(store, pathname) {
  const response = await fetch(`${store.backendUrl}${pathname}`, { headers: { "x-publishable-api-key": store.publishableKey } })
  return response.json()
}

/** Home, the listings (the store, a health topic), a product, the cart, the newsroom, an article, the forums and a busy thread. */
async function pagesToMeasure(store) {
  const { products } = await storeGet(store, "/store/products?limit=1&fields=handle&order=title")
  const { product_categories: categories } = await storeGet(store, "/store/product-categories?limit=1&fields=handle&order=name")
  const { articles } = await storeGet(store, "/store/articles?limit=1")
  const { forums } = await storeGet(store, "/store/forums")
  const busiest = forums.reduce((best, forum) => (forum.post_count > best.post_count ? forum : best))
  return [
    "/",
    "/store",
    `/categories/${categories[0].handle}`,
    `/products/${products[0].handle}`,
    "/cart",
    "/news",
    `/news/${articles[0].handle}`,
    "/forums",
    `/forums/${busiest.handle}/${busiest.last_post.thread.handle}`,
  ]
}

async function audit(chrome, url) {
  // A first visit fills the storefront's data cache, as on a live site.
  await fetch(url)
  const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] })
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    lcp_ms: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
    tbt_ms: Math.round(lhr.audits["total-blocking-time"].numericValue),
    cls: Number(lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
  }
}

async function load(url) {
  const result = await autocannon({ url, connections: 10, overallRate: RATE, duration: DURATION })
  return {
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    latency_p50_ms: result.latency.p50,
    latency_p99_ms: result.latency.p99,
  }
}

async function main() {
  console.log("starting a seeded store (production build)…")
  const store = await launchTestStore({ name: "bench", logDir: path.join(RESULTS_DIR, "logs") })
  const pages = await pagesToMeasure(store)
  const rows = []
  let chrome
  try {
    chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS })
    for (const page of pages) {
      const url = `${store.storefrontUrl}${page}`
      console.log(`measuring ${page}…`)
      rows.push({ page, ...(await audit(chrome, url)), ...(await load(url)) })
    }
  } finally {
    await chrome?.kill()
    await store.stop()
  }

  console.table(rows)
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    load: { rate_per_second: RATE, duration_seconds: DURATION, connections: 10 },
    lighthouse: "mobile preset, simulated throttling",
    pages: rows,
  }
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(path.join(RESULTS_DIR, "storefront.json"), JSON.stringify(report, null, 2))
  console.log(`written to ${path.relative(process.cwd(), path.join(RESULTS_DIR, "storefront.json"))}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
