#!/usr/bin/env node
// `npm run bench:autoship`: autoship renewal throughput. A worker (MEDUSA_WORKER_MODE=worker) on a fresh
// seeded database and Redis, as in production; BENCH_AUTOSHIPS autoships (200) due at once, renewed by
// one renewal pass (`medusa exec ./src/scripts/renew-autoships.ts`), then another batch by two passes
// at once. Orders per minute count from the first pass's start to the last one's end (process boot
// excluded). Where a renewal's time goes is read from the rows it wrote: cycle claimed, cart row, shipping
// method, payment session, order, cycle recorded. Prints tables and writes
// tests/bench/results/autoship.json. Needs Redis (REDIS_URL, or 127.0.0.1:6379) and PostgreSQL
// (TEST_DATABASE_URL, or an embedded one).
import { mkdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { queryRows } from "../../scripts/lib/postgres.mjs"
import { ROOT } from "../../scripts/lib/processes.mjs"
import { redisAnswers } from "../../scripts/lib/redis.mjs"
import { renewalLedger, seedDueAutoships, startRenewalPass } from "../reliability/support/autoship.mjs"
import { launchTopology } from "../reliability/support/topology.mjs"

const RESULTS_DIR = path.join(ROOT, "tests", "bench", "results")
const AUTOSHIPS = Number(process.env.BENCH_AUTOSHIPS || 200)
const TARGET_PER_WORKER = 120 // orders per minute per worker process

const round = (value) => (value === null ? null : Math.round(value))
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null
}

/**
 * Per renewal of `dueAt`, the milliseconds between the rows it wrote, in order; each timestamp is its
 * transaction's start. "between renewals" is the wait from one cycle recorded to the next claim of
 * the same pass (membership sync, the event, listing the next batch).
 */
async function phases(databaseUrl, dueAt) {
  const rows = await queryRows(
    databaseUrl,
    `select c.created_at as claimed, ca.created_at as cart, sm.created_at as shipping, ps.created_at as payment,
            o.created_at as ordered, c.updated_at as recorded
     from autoship_cycle c
     join cart ca on ca.id = c.cart_id
     join lateral (select min(created_at) as created_at from cart_shipping_method where cart_id = ca.id) sm on true
     join cart_payment_collection cpc on cpc.cart_id = ca.id
     join lateral (select min(created_at) as created_at from payment_session where payment_collection_id = cpc.payment_collection_id) ps on true
     join "order" o on o.id = c.order_id
     where c.due_at = $1 and c.outcome = 'placed'
     order by c.created_at`,
    [dueAt]
  )
  const between = (from, to) => rows.map((row) => row[to] - row[from])
  const recorded = rows.map((row) => row.recorded.getTime()).sort((a, b) => a - b)
  return {
    "claim → cart row (stock check, prices, cart workflow's first steps)": between("claimed", "cart"),
    "cart row → shipping method (rest of the cart, free delivery)": between("cart", "shipping"),
    "shipping method → payment session (collection, session)": between("shipping", "payment"),
    "payment session → order (completion up to the order)": between("payment", "ordered"),
    "order → cycle recorded (rest of completion, record)": between("ordered", "recorded"),
    "whole renewal (claim → recorded)": between("claimed", "recorded"),
    _recorded: recorded,
  }
}

async function renewWith(topology, workers, dueAt, logDir) {
  const env = topology.envOf("worker")
  await seedDueAutoships(env, { count: AUTOSHIPS, customers: Math.ceil(AUTOSHIPS / 4), dueAt, log: path.join(logDir, "seed.log") })
  console.log(`${AUTOSHIPS} autoships due; renewing them with ${workers} worker process(es)…`)
  const passes = await Promise.all(
    Array.from({ length: workers }, (_, n) => startRenewalPass(env, dueAt, { log: path.join(logDir, `renew-${workers}-${n + 1}.log`) }).result)
  )
  const ledger = await renewalLedger((text, params) => queryRows(topology.databaseUrl, text, params), dueAt)
  const seconds = (Math.max(...passes.map((pass) => pass.finished_at)) - Math.min(...passes.map((pass) => pass.started_at))) / 1000
  const perMinute = (ledger.orders / seconds) * 60
  const { _recorded, ...parts } = await phases(topology.databaseUrl, dueAt)
  return {
    scenario: `autoship renewals, ${workers} worker process${workers > 1 ? "es" : ""}`,
    workers,
    autoships: AUTOSHIPS,
    orders: ledger.orders,
    errors: passes.reduce((sum, pass) => sum + (pass.outcomes.error ?? 0), 0),
    seconds: Math.round(seconds * 10) / 10,
    orders_per_minute: round(perMinute),
    orders_per_minute_per_worker: round(perMinute / workers),
    target: `≥ ${TARGET_PER_WORKER}/min per worker`,
    met: perMinute / workers >= TARGET_PER_WORKER && ledger.orders === AUTOSHIPS,
    phases_ms: Object.fromEntries(Object.entries(parts).map(([name, values]) => [name, { p50: round(percentile(values, 50)), p95: round(percentile(values, 95)) }])),
  }
}

async function main() {
  const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379"
  if (!(await redisAnswers(redisUrl))) {
    throw new Error(`no Redis at ${new URL(redisUrl).host}: the worker needs one (set REDIS_URL)`)
  }
  const loadAverageAtStart = os.loadavg()
  const logDir = path.join(RESULTS_DIR, "logs")
  console.log("starting a worker on a seeded database…")
  // No servers: renewals are the worker's work. Due dates days ahead, so the worker's own job (real clock) leaves them alone.
  const topology = await launchTopology({ name: "bench_autoship", logDir, redisUrl, servers: 0 })
  const rows = []
  try {
    const day = 24 * 3600_000
    const firstDue = Math.floor(Date.now() / day) * day + 2 * day
    for (const workers of [1, 2]) {
      rows.push(await renewWith(topology, workers, new Date(firstDue + workers * day), logDir))
    }
  } finally {
    await topology.stop()
  }

  console.table(rows.map(({ scenario, orders, errors, seconds, orders_per_minute, orders_per_minute_per_worker, target, met }) => ({
    scenario, orders, errors, seconds, "orders/min": orders_per_minute, "per worker": orders_per_minute_per_worker, target, met,
  })))
  for (const row of rows) {
    console.log(`where a renewal's time goes, ${row.scenario} (ms):`)
    console.table(row.phases_ms)
  }
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
    settings: { autoships: AUTOSHIPS, target_orders_per_minute_per_worker: TARGET_PER_WORKER },
    results: rows,
  }
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(path.join(RESULTS_DIR, "autoship.json"), JSON.stringify(report, null, 2))
  console.log(`written to ${path.relative(process.cwd(), path.join(RESULTS_DIR, "autoship.json"))}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
