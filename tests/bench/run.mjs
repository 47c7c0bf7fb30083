#!/usr/bin/env node
// `npm run bench`: the production topology (two backend servers and a worker on PostgreSQL and Redis,
// the storefront's production build) on a freshly seeded database, then
//   - Store API: product list and product detail at a fixed request rate, one server vs two (autocannon)
//   - Storefront: cached product and article pages, time to first byte under a fixed request rate
//   - Checkout: cart to order for concurrent shoppers spread over both servers
// The store API is measured twice at the same rate: with autocannon, whose rate limit lets each
// connection send its share at the start of every second (so 200 req/s arrive as one burst a second),
// and at an even pace (one request every 1000/rate ms, timed from when it was due, however late the
// answers: an open-model load). Servers are warmed up first, as a live site's are.
// Prints one table and writes tests/bench/results/bench.json. Needs Redis (REDIS_URL, or 127.0.0.1:6379)
// and PostgreSQL (TEST_DATABASE_URL, or an embedded one).
import { mkdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"
import autocannon from "autocannon"
import { ROOT } from "../../scripts/lib/processes.mjs"
import { buildStorefront, startStorefront } from "../../scripts/lib/stack.mjs"
import { freePort } from "../../scripts/lib/postgres.mjs"
import { redisAnswers } from "../../scripts/lib/redis.mjs"
import { stop, waitForHttp } from "../../scripts/lib/processes.mjs"
import { adminHeaders, completeCart, firstRegionId, ok, readyCart, storeClient } from "../reliability/support/shopper.mjs"
import { launchTopology } from "../reliability/support/topology.mjs"

const RESULTS_DIR = path.join(ROOT, "tests", "bench", "results")
const DURATION = Number(process.env.BENCH_DURATION || 10) // seconds per measurement
const API_RATE = Number(process.env.BENCH_API_RATE || 200) // requests per second
const PAGE_RATE = Number(process.env.BENCH_PAGE_RATE || 300)
const SHOPPERS = Number(process.env.BENCH_SHOPPERS || 20)
const CHECKOUTS_PER_SHOPPER = Number(process.env.BENCH_CHECKOUTS_PER_SHOPPER || 3)
const WARMUP = Number(process.env.BENCH_WARMUP || 5) // seconds of unmeasured load before the store API figures
const CONNECTIONS = 20

const shopperCount = (n) => `${n} shopper${n === 1 ? "" : "s"}`

const TARGETS = {
  "product list, 1 server": { metric: "p99_ms", below: 60 },
  "cached page TTFB": { metric: "p50_ms", below: 20 },
  [`checkout, cart to order, ${shopperCount(SHOPPERS)}`]: { metric: "p95_ms", below: 800 },
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10 : null
}

/** autocannon at a fixed overall rate against one or more URLs (connections spread over them). */
async function fixedRate(urls, { rate, headers }) {
  const result = await autocannon({ url: urls, connections: CONNECTIONS, overallRate: rate, duration: DURATION, headers })
  return {
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
  }
}

/**
 * One request every 1000/rate ms, spread over `urls`, for DURATION seconds, whatever the answers do.
 * Each latency counts from when the request was due, so a late generator or a queue shows in it.
 */
async function evenPace(urls, { rate, headers }) {
  const total = Math.round(rate * DURATION)
  const interval = 1000 / rate
  const latencies = []
  let errors = 0
  const inFlight = []
  const start = performance.now()
  for (let i = 0; i < total; i++) {
    const due = start + i * interval
    const wait = due - performance.now()
    if (wait > 0) {
      await sleep(wait)
    }
    inFlight.push(
      fetch(urls[i % urls.length], { headers }).then(
        async (response) => {
          await response.arrayBuffer()
          if (response.ok) {
            latencies.push(performance.now() - due)
          } else {
            errors += 1
          }
        },
        () => {
          errors += 1
        }
      )
    )
  }
  await Promise.all(inFlight)
  return { requests: total, errors, p50_ms: percentile(latencies, 50), p99_ms: percentile(latencies, 99) }
}

/** Time to first byte of `url`, sampled sequentially while autocannon holds the page at `rate`. */
async function ttfbUnderLoad(url, rate) {
  const samples = []
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      const started = performance.now()
      const response = await fetch(url)
      samples.push(performance.now() - started) // fetch resolves once the headers are in
      await response.arrayBuffer()
    }
  })()
  const load = await fixedRate([url], { rate })
  sampling = false
  await sampler
  return { ...load, ttfb_samples: samples.length, p50_ms: percentile(samples, 50), p99_ms: percentile(samples, 99), full_response_p99_ms: load.p99_ms }
}

/**
 * `shoppers` shoppers at once, each buying their own product, one cart after another, alternating
 * servers. Times the whole flow (cart creation to order) and, apart, its last request (placing the order).
 */
async function checkouts(stores, { regionId, variantIds, shoppers, rounds }) {
  const flows = []
  const placeOrders = []
  let errors = 0
  await Promise.all(
    Array.from({ length: shoppers }, async (_, shopper) => {
      for (let round = 0; round < rounds; round++) {
        const store = stores[(shopper + round) % stores.length]
        const started = performance.now()
        try {
          const variantId = variantIds[shopper % variantIds.length]
          const cartId = await readyCart(store, { regionId, variantId, email: `bench-${shoppers}-${shopper}-${round}@example.com` })
          const placing = performance.now()
          const answer = await completeCart(store, cartId)
          if (answer.body.type !== "order") {
            throw new Error(JSON.stringify(answer.body))
          }
          placeOrders.push(performance.now() - placing)
          flows.push(performance.now() - started)
        } catch {
          errors += 1
        }
      }
    })
  )
  const figures = (durations) => ({ requests: durations.length + errors, errors, p50_ms: percentile(durations, 50), p95_ms: percentile(durations, 95) })
  return { flow: figures(flows), placeOrder: figures(placeOrders) }
}

async function main() {
  const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
  if (!(await redisAnswers(redisUrl))) {
    throw new Error(`no Redis at ${new URL(redisUrl).host}: the topology needs one (set REDIS_URL)`)
  }
  const loadAverageAtStart = os.loadavg()
  const logDir = path.join(RESULTS_DIR, "logs")
  const distDir = ".next-bench"
  console.log("building the storefront and starting two backend servers and a worker on a seeded database…")
  const [topology] = await Promise.all([
    launchTopology({ name: "bench", logDir, redisUrl, servers: 2 }),
    buildStorefront({ ...process.env, NODE_ENV: "production" }, { distDir, log: path.join(logDir, "storefront-build.log") }),
  ])
  let storefront
  const rows = []
  try {
    const stores = topology.servers.map((url) => storeClient(url, topology.publishableKey))
    const regionId = await firstRegionId(stores[0])
    const { products } = await stores[0].get(`/store/products?limit=${SHOPPERS}&order=handle&fields=id,handle,variants.id,variants.sku`)
    const [product] = products
    const headers = { "x-publishable-api-key": topology.publishableKey }

    const list = `/store/products?limit=12&region_id=${regionId}`
    const detail = `/store/products/${product.id}?region_id=${regionId}`
    const routes = [["product list", list], ["product detail", detail]]
    // Just booted, V8 has not compiled the hot paths and the Caching Module is empty.
    console.log(`warming up the servers for ${WARMUP}s…`)
    const everyUrl = routes.flatMap(([, pathname]) => topology.servers.map((base) => `${base}${pathname}`))
    await autocannon({ url: everyUrl, connections: CONNECTIONS, overallRate: API_RATE, duration: WARMUP, headers })
    for (const [name, pathname] of routes) {
      for (const servers of [1, 2]) {
        const urls = topology.servers.slice(0, servers).map((base) => `${base}${pathname}`)
        const scenario = `${name}, ${servers} server${servers > 1 ? "s" : ""}`
        console.log(`${name}: ${API_RATE} req/s on ${servers} server(s) for ${DURATION}s, autocannon then an even pace…`)
        rows.push({ group: "store API", scenario, rate: API_RATE, ...(await fixedRate(urls, { rate: API_RATE, headers })) })
        rows.push({ group: "store API", scenario: `${scenario}, even pace`, rate: API_RATE, ...(await evenPace(urls, { rate: API_RATE, headers })) })
      }
    }

    const storefrontPort = await freePort()
    storefront = startStorefront(
      // As in docker-compose.yml: the page cache in the topology's Redis, shared by storefront replicas.
      { ...process.env, NODE_ENV: "production", BACKEND_URL: topology.servers[0], REDIS_URL: redisUrl },
      { publishableKey: topology.publishableKey, port: storefrontPort, production: true, distDir, log: path.join(logDir, "storefront.log") }
    )
    const storefrontUrl = `http://localhost:${storefrontPort}`
    await waitForHttp(`${storefrontUrl}/`, { isAlive: () => storefront.exitCode === null })
    const { articles } = await stores[0].get("/store/articles?limit=1")
    for (const [name, pathname] of [["product page", `/products/${product.handle}`], ["article page", `/news/${articles[0].handle}`]]) {
      const url = `${storefrontUrl}${pathname}`
      await fetch(url) // the first visit renders and caches the page, as on a live site
      console.log(`${name}: ${PAGE_RATE} req/s for ${DURATION}s…`)
      rows.push({ group: "storefront", scenario: `cached page TTFB, ${name}`, rate: PAGE_RATE, ...(await ttfbUnderLoad(url, PAGE_RATE)) })
    }

    // Enough stock that every checkout can succeed; shoppers buy different products, as in a normal hour.
    const admin = await adminHeaders(topology.servers[0])
    const variants = products.map((p) => p.variants[0])
    for (const variant of variants) {
      const { inventory_items } = await ok(`${topology.servers[0]}/admin/inventory-items?sku=${variant.sku}&fields=id,location_levels.location_id`, { headers: admin })
      const [item] = inventory_items
      await ok(`${topology.servers[0]}/admin/inventory-items/${item.id}/location-levels/${item.location_levels[0].location_id}`, {
        method: "POST",
        headers: admin,
        body: { stocked_quantity: 100_000 },
      })
    }
    const variantIds = variants.map((v) => v.id)
    // One shopper alone first: the flow's own cost on this machine, with nothing to queue behind.
    for (const shoppers of new Set([1, SHOPPERS])) {
      console.log(`checkout: ${shopperCount(shoppers)} at once × ${CHECKOUTS_PER_SHOPPER} orders on 2 servers…`)
      const { flow, placeOrder } = await checkouts(stores, { regionId, variantIds, shoppers, rounds: CHECKOUTS_PER_SHOPPER })
      rows.push({ group: "checkout", scenario: `checkout, cart to order, ${shopperCount(shoppers)}`, shoppers, ...flow })
      rows.push({ group: "checkout", scenario: `place order step, ${shopperCount(shoppers)}`, shoppers, ...placeOrder })
    }
  } finally {
    if (storefront) {
      await stop(storefront)
    }
    await topology.stop()
  }

  for (const row of rows) {
    const target = Object.entries(TARGETS).find(([prefix]) => row.scenario.startsWith(prefix))?.[1]
    if (target) {
      row.target = `${target.metric} < ${target.below} ms`
      row.met = row.requests > 0 && row[target.metric] !== null && row[target.metric] < target.below && row.errors === 0
    }
  }
  console.table(rows.map(({ group: _group, scenario, rate, shoppers, requests, errors, p50_ms, p95_ms, p99_ms, target, met }) => ({
    scenario,
    load: rate ? `${rate} req/s` : shopperCount(shoppers),
    requests,
    errors,
    "p50 ms": p50_ms,
    "p95 ms": p95_ms ?? "",
    "p99 ms": p99_ms ?? "",
    target: target ?? "",
    met: met ?? "",
  })))
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
      // Other work on the machine skews every figure: compare runs at a similar load.
      load_average_1m: { at_start: Math.round(loadAverageAtStart[0] * 100) / 100, at_end: Math.round(os.loadavg()[0] * 100) / 100 },
      node: process.version,
    },
    settings: { duration_seconds: DURATION, warmup_seconds: WARMUP, connections: CONNECTIONS, api_rate: API_RATE, page_rate: PAGE_RATE, shoppers: SHOPPERS, checkouts_per_shopper: CHECKOUTS_PER_SHOPPER },
    results: rows,
  }
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(path.join(RESULTS_DIR, "bench.json"), JSON.stringify(report, null, 2))
  console.log(`written to ${path.relative(process.cwd(), path.join(RESULTS_DIR, "bench.json"))}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
