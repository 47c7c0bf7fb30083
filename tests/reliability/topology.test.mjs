// The production topology under load and faults: three backend servers (MEDUSA_WORKER_MODE=server)
// and one worker sharing a fresh PostgreSQL database and Redis, started once for the whole suite.
// Server 3 is the one that gets killed, so the tests that run meanwhile use servers 1 and 2. First,
// the oversell race on one server without Redis, as `npm start` runs (Medusa's in-memory locking).
import assert from "node:assert/strict"
import { cpSync, rmSync } from "node:fs"
import path from "node:path"
import { after, before, describe, it } from "node:test"
import Redis from "ioredis"
import { freePort, queryRows } from "../../scripts/lib/postgres.mjs"
import { ROOT, stop, STOREFRONT_DIR, waitForHttp } from "../../scripts/lib/processes.mjs"
import { buildStorefront, startStorefront } from "../../scripts/lib/stack.mjs"
import { adminHeaders, call, completeCart, firstRegionId, ok, readyCart, storeClient } from "./support/shopper.mjs"
import { oversellRace } from "./support/oversell.mjs"
import { renewalLedger, seedDueAutoships, startRenewalPass } from "./support/autoship.mjs"
import { launchTopology } from "./support/topology.mjs"

// `npm test` passes REDIS_URL, or 127.0.0.1:6379 when a Redis answers there, as TEST_REDIS_URL.
// RELIABILITY_REDIS_URL (or REDIS_URL) picks another (e.g. a Redis DB of its own: redis://127.0.0.1:6379/11).
const redisUrl = process.env.RELIABILITY_REDIS_URL || process.env.TEST_REDIS_URL || process.env.REDIS_URL || ""
if (!redisUrl) {
  console.log("Reliability suite's production topology NOT RUN: it needs Redis (set REDIS_URL, or run Redis on 127.0.0.1:6379).")
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Connections that consume Medusa's Redis event queue (BullMQ names its workers' connections). */
async function eventQueueConsumers() {
  const redis = new Redis(redisUrl)
  try {
    const db = String(redis.options.db ?? 0)
    const name = `RedisEventBusService:${Buffer.from("events-queue").toString("base64")}`
    const clients = (await redis.client("LIST")).split("\n").map((line) => Object.fromEntries(line.split(" ").map((pair) => pair.split("="))))
    return clients.filter((client) => client.db === db && (client.name === name || client.name?.startsWith(`${name}:w:`))).length
  } finally {
    redis.disconnect()
  }
}

/** Polls `read` until `done(value)`; returns the last value read. */
async function eventually(read, done, { timeoutMs, intervalMs = 500 }) {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await sleep(intervalMs)
    value = await read()
  }
  return value
}

// `npm start`'s defaults: one server, no Redis, so Medusa locks inventory in memory. Launched inside its
// one test, so a run of the topology's tests alone does not start it.
describe("one server without Redis (in-memory locking)", () => {
  it("oversell race: 50 buyers on one server for 10 units make exactly 10 orders; every loser is told at once", { timeout: 25 * 60_000 }, async (t) => {
    const topology = await launchTopology({ name: "reliability_memory", logDir: path.join(ROOT, "tests/reliability/.logs/memory"), redisUrl: "" })
    try {
      const store = storeClient(topology.servers[0], topology.publishableKey)
      const { products } = await store.get("/store/products?limit=2&order=handle&fields=id,title,variants.id,variants.sku")
      await oversellRace(t, { servers: topology.servers, publishableKey: topology.publishableKey, databaseUrl: topology.databaseUrl, product: products[1] })
    } finally {
      await topology.stop()
    }
  })
})

describe("production topology: servers and a worker on shared PostgreSQL and Redis", { skip: !redisUrl && "no Redis", timeout: 45 * 60_000 }, () => {
  let topology
  let stores
  let regionId
  let products
  let admin
  const sql = (text, params) => queryRows(topology.databaseUrl, text, params)

  const logDir = path.join(ROOT, "tests/reliability/.logs")
  const storefrontDistDir = ".next-reliability"

  before(async () => {
    topology = await launchTopology({ name: "reliability", logDir, redisUrl, servers: 3 })
    stores = topology.servers.map((url) => storeClient(url, topology.publishableKey))
    regionId = await firstRegionId(stores[0])
    ;({ products } = await stores[0].get("/store/products?limit=10&order=handle&fields=id,handle,title,variants.id,variants.sku"))
    admin = await adminHeaders(topology.servers[0])
  })

  after(() => topology?.stop())

  const liveOrdersOf = async (cartIds) =>
    (await sql("select order_id from order_cart where cart_id = any($1) and deleted_at is null", [cartIds])).map((row) => row.order_id)

  describe("under concurrent load", { concurrency: true }, () => {
    it("an event emitted on one server is handled once, by the worker; servers run no subscribers", async () => {
      // Every instance talks to Redis, but only the worker consumes Medusa's event queue.
      assert.equal(await eventQueueConsumers(), 1)
      // The worker serves no store API, only its health check.
      const onWorker = await call(`${topology.worker}/store/products`, { headers: { "x-publishable-api-key": topology.publishableKey } })
      assert.equal(onWorker.status, 404)

      const email = `reset-${Date.now()}@example.com`
      const notifications = async () => (await sql(`select id from notification where "to" = $1`, [email])).length
      await ok(`${topology.servers[0]}/auth/customer/emailpass/register`, { method: "POST", body: { email, password: "a-long-password" } })
      const requested = await call(`${topology.servers[0]}/auth/customer/emailpass/reset-password`, { method: "POST", body: { identifier: email } })
      assert.equal(requested.status, 201)
      assert.equal(await eventually(notifications, (n) => n > 0, { timeoutMs: 30_000 }), 1)
      await sleep(3000)
      assert.equal(await notifications(), 1, "the password-reset email went out more than once")
    })

    it("a rate limit counted on one server holds on the other", async () => {
      const { articles } = await stores[0].get("/store/articles?limit=1")
      const handle = articles[0].handle
      const comment = (store, n) =>
        store.call(`/store/articles/${handle}/comments`, {
          method: "POST",
          body: { author_name: "Rate Tester", email: "rate@example.com", body: `Question number ${n} about dosage` },
        })
      // 5 comments per client in 10 minutes: all five on server 1.
      for (let n = 1; n <= 5; n++) {
        assert.equal((await comment(stores[0], n)).status, 201)
      }
      const refused = await comment(stores[1], 6)
      assert.equal(refused.status, 429)
      assert.match(refused.body.message, /Too many requests/)
    })

    it("oversell race: 50 buyers on two servers for 10 units make exactly 10 orders; every loser is told at once", { timeout: 4 * 60_000 }, (t) =>
      oversellRace(t, { servers: topology.servers.slice(0, 2), publishableKey: topology.publishableKey, databaseUrl: topology.databaseUrl, product: products[1] }))

    it("duplicate submissions: a double-clicked place order and replays on both servers make one order", async () => {
      const cartId = await readyCart(stores[0], { regionId, variantId: products[2].variants[0].id })
      // A double click on each server at once; the cart id is the idempotency key of completion.
      const answers = await Promise.all([0, 1, 0, 1].map((i) => completeCart(stores[i], cartId)))
      const orderIds = new Set(answers.filter((a) => a.status === 200).map((a) => a.body.order?.id))
      assert.equal(orderIds.size, 1, JSON.stringify(answers.map((a) => [a.status, a.body.type, a.body.message])))
      for (const answer of answers.filter((a) => a.status !== 200)) {
        // The one completing holds the cart's lock; the others are told to retry.
        assert.equal(answer.status, 409)
      }
      const replay = await completeCart(stores[1], cartId)
      assert.equal(replay.status, 200)
      assert.equal(replay.body.order.id, [...orderIds][0])
      assert.deepEqual(await liveOrdersOf([cartId]), [...orderIds])
    })

    it("a server killed in the middle of checkout loses no cart: the order completes on another server", { timeout: 5 * 60_000 }, async (t) => {
      const victim = storeClient(topology.servers[2], topology.publishableKey)
      const variant = products[3].variants[0]
      const cartId = await readyCart(victim, { regionId, variantId: variant.id })
      const interrupted = completeCart(victim, cartId).catch((error) => ({ status: 0, body: { message: error.message } }))
      const interruptedAfterMs = 250
      await sleep(interruptedAfterMs)
      await topology.stopInstance("server-3", "SIGKILL")
      await interrupted

      // The dead server may hold the cart's completion lock: others are told to retry until its TTL
      // (2 minutes) runs out, then completion goes on where it stopped.
      const completed = await eventually(() => completeCart(stores[0], cartId), (answer) => answer.status === 200, {
        timeoutMs: 200_000,
        intervalMs: 1000,
      })
      assert.equal(completed.status, 200, JSON.stringify(completed.body))
      assert.equal(completed.body.type, "order")
      assert.deepEqual(await liveOrdersOf([cartId]), [completed.body.order.id])
      const [cart] = await sql("select completed_at from cart where id = $1", [cartId])
      assert.ok(cart.completed_at, "the cart is not marked completed")
      const [{ reservations }] = await sql(
        `select count(*)::int as reservations from reservation_item r join order_item oi on oi.item_id = r.line_item_id
         where oi.order_id = $1 and r.deleted_at is null`,
        [completed.body.order.id]
      )
      assert.equal(reservations, 1)
      assert.equal((await completeCart(stores[1], cartId)).body.order.id, completed.body.order.id)
      // Known gap: when the server died after the order was made but before the payment was authorized,
      // completing again returns the order as it is and does not authorize the payment.
      const [payment] = await sql(
        `select pc.status from order_payment_collection opc join payment_collection pc on pc.id = opc.payment_collection_id
         where opc.order_id = $1 and opc.deleted_at is null`,
        [completed.body.order.id]
      )
      t.diagnostic(`killed after ${interruptedAfterMs} ms; the order's payment collection is "${payment?.status}"`)
    })
  })

  // Renewal passes run as their own processes (`medusa exec`) with the worker's environment and a
  // chosen clock, on autoships seeded straight into the database; each test has a due date of its own.
  // Each `medusa exec` boots the backend (1 to 2 minutes on a busy 2-core machine) before it works.
  describe("autoship renewals by worker processes", { timeout: 30 * 60_000 }, () => {
    const CONCURRENT_AUTOSHIPS = 200
    const KILLED_AUTOSHIPS = 60
    // Days ahead: the worker's own job (every 15 minutes, on the real clock) never reaches them.
    const firstDue = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 2 * 24 * 3600_000)
    const workerLog = (name) => path.join(logDir, `autoship-${name}.log`)
    const env = () => topology.envOf("worker")

    it(`two workers renewing ${CONCURRENT_AUTOSHIPS} due autoships at once make exactly one order per autoship`, async (t) => {
      const dueAt = firstDue
      await seedDueAutoships(env(), { count: CONCURRENT_AUTOSHIPS, customers: 50, dueAt, log: workerLog("seed") })
      const started = Date.now()
      const passes = await Promise.all([1, 2].map((n) => startRenewalPass(env(), dueAt, { log: workerLog(`worker-${n}`) }).result))
      t.diagnostic(`two passes took ${Math.round((Date.now() - started) / 1000)} s (process start included): ${JSON.stringify(passes)}`)

      assert.equal(passes.reduce((sum, pass) => sum + pass.renewed, 0), CONCURRENT_AUTOSHIPS, "the two passes together did not renew every autoship once")
      assert.ok(passes.every((pass) => !pass.outcomes.error), "a renewal failed")
      assert.deepEqual(await renewalLedger(sql, dueAt), {
        orders: CONCURRENT_AUTOSHIPS,
        cycles: { placed: CONCURRENT_AUTOSHIPS },
        repeatedCycleOrders: 0,
        autoshipsWithTwoCycles: 0,
      })
    })

    it(`a worker killed mid-renewal: the next pass, past the claim timeout, completes each of ${KILLED_AUTOSHIPS} cycles exactly once`, async (t) => {
      const dueAt = new Date(firstDue.getTime() + 24 * 3600_000)
      await seedDueAutoships(env(), { count: KILLED_AUTOSHIPS, customers: 20, dueAt, log: workerLog("seed") })
      const cyclesSoFar = async () =>
        (await sql("select outcome, cart_id, order_id from autoship_cycle where due_at = $1 and deleted_at is null", [dueAt]))
      const doomed = startRenewalPass(env(), dueAt, { log: workerLog("killed") })
      const outcome = doomed.result.then(() => "finished", (error) => error.signal ?? error.message)
      // Killed at once when a tenth of the cycles are claimed: the last one claimed is then mid-renewal.
      const claimed = await eventually(cyclesSoFar, (cycles) => cycles.length >= KILLED_AUTOSHIPS / 10, { timeoutMs: 300_000, intervalMs: 100 })
      await stop(doomed.child, "SIGKILL")
      assert.equal(await outcome, "SIGKILL", "the pass ended before it could be killed")

      const left = await cyclesSoFar()
      const halfDone = left.filter((cycle) => cycle.outcome === "processing")
      const [carts] = await sql(
        `select count(*) filter (where completed_at is not null)::int as completed,
                count(*) filter (where not exists (select 1 from cart_shipping_method m where m.cart_id = cart.id))::int as without_delivery,
                count(*) filter (where not exists (select 1 from cart_payment_collection p where p.cart_id = cart.id))::int as without_payment
         from cart where id = any($1)`,
        [halfDone.map((cycle) => cycle.cart_id).filter(Boolean)]
      )
      t.diagnostic(
        `killed after ${claimed.length} claims: ${left.filter((c) => c.outcome === "placed").length} placed, ${halfDone.length} half-done ` +
          `(${halfDone.filter((c) => c.cart_id).length} with a cart: ${carts.completed} completed, ${carts.without_delivery} without delivery, ${carts.without_payment} without payment)`
      )
      assert.ok(halfDone.length > 0, "the kill left no cycle half-done, so the takeover was not exercised")
      assert.ok(left.length < KILLED_AUTOSHIPS, "the killed pass had claimed every cycle")

      // The half-done cycles were claimed at `dueAt`; a pass 11 minutes later takes them over.
      const takeover = await startRenewalPass(env(), new Date(dueAt.getTime() + 11 * 60_000), { log: workerLog("takeover") }).result
      t.diagnostic(`takeover pass: ${JSON.stringify(takeover)}`)
      assert.ok(!takeover.outcomes.error, "a renewal failed in the takeover pass")
      assert.deepEqual(await renewalLedger(sql, dueAt), {
        orders: KILLED_AUTOSHIPS,
        cycles: { placed: KILLED_AUTOSHIPS },
        repeatedCycleOrders: 0,
        autoshipsWithTwoCycles: 0,
      })
      const [{ unmoved }] = await sql(
        "select count(*)::int as unmoved from autoship a join autoship_cycle c on c.autoship_id = a.id where c.due_at = $1 and a.next_order_at <= $1",
        [dueAt]
      )
      assert.equal(unmoved, 0, "an autoship renewed for this date is still due on it")
    })
  })

  it("PostgreSQL going away while idle: the servers reconnect by themselves", async () => {
    const database = new URL(topology.databaseUrl).pathname.slice(1)
    const admin = (text) => queryRows(Object.assign(new URL(topology.databaseUrl), { pathname: "/postgres" }).toString(), text)
    const productList = (store) => store.call("/store/products?limit=2")
    // A restart as the servers see it: every connection dropped, none accepted for a while.
    await admin(`alter database "${database}" allow_connections false`)
    try {
      const [{ dropped }] = await admin(`select count(pg_terminate_backend(pid))::int as dropped from pg_stat_activity where datname = '${database}'`)
      assert.ok(dropped > 0, "the servers held no connections to drop")
      await sleep(3000)
    } finally {
      await admin(`alter database "${database}" allow_connections true`)
    }
    // Server 3 was killed above.
    for (const store of stores.slice(0, 2)) {
      const answer = await eventually(() => productList(store), (a) => a.status === 200, { timeoutMs: 30_000 })
      assert.equal(answer.status, 200, `${store.baseUrl} did not reconnect: ${JSON.stringify(answer.body)}`)
      assert.equal(answer.body.products.length, 2)
    }
  })

  it("two storefront instances share one page cache in Redis: a page one renders is a hit on the other, and a change reported to one shows on both", { timeout: 8 * 60_000 }, async () => {
    // A on the address the backend's revalidation calls go to (STOREFRONT_URL), B beside it, each from
    // its own copy of the build, as replicas on two machines (Next.js would otherwise share pages on disk).
    // Built here, by the only test that needs it, so a run of the other tests alone skips the build.
    await buildStorefront({ ...process.env, NODE_ENV: "production", REDIS_URL: redisUrl }, { distDir: storefrontDistDir, log: path.join(logDir, "storefront-build.log") })
    const ports = [topology.storefront.port, await freePort()]
    const distDirs = [storefrontDistDir, `${storefrontDistDir}-b`]
    cpSync(path.join(STOREFRONT_DIR, distDirs[0]), path.join(STOREFRONT_DIR, distDirs[1]), { recursive: true })
    const env = { ...process.env, NODE_ENV: "production", REDIS_URL: redisUrl, BACKEND_URL: topology.servers[0], REVALIDATE_SECRET: topology.storefront.revalidateSecret }
    const storefronts = ports.map((port, index) =>
      startStorefront(env, { publishableKey: topology.publishableKey, port, production: true, distDir: distDirs[index], log: path.join(logDir, `storefront-${index + 1}.log`) })
    )
    try {
      const [a, b] = ports.map((port) => `http://localhost:${port}`)
      await Promise.all([a, b].map((base, index) => waitForHttp(`${base}/`, { isAlive: () => storefronts[index].exitCode === null })))
      const { articles } = await stores[0].get("/store/articles?limit=1")
      const [article] = articles
      const page = (base) => fetch(`${base}/news/${article.handle}`)

      const rendered = await page(a)
      assert.equal(rendered.status, 200)
      assert.ok((await rendered.text()).includes(`data-handle="${article.handle}"`))
      const fromCache = await page(b)
      assert.equal(fromCache.headers.get("x-nextjs-cache"), "HIT", "B rendered the page again instead of reading A's from Redis")
      await fromCache.arrayBuffer()

      // The admin edit reaches A only (the worker's subscriber calls STOREFRONT_URL); B must show it too.
      const title = `Shared cache check ${Date.now()}`
      await ok(`${topology.servers[0]}/admin/articles/${article.id}`, { method: "POST", headers: admin, body: { title } })
      const html = await eventually(() => page(b).then((response) => response.text()), (text) => text.includes(title), { timeoutMs: 30_000 })
      assert.ok(html.includes(title), "storefront B still serves the old title after A was told to revalidate")
    } finally {
      await Promise.all(storefronts.map((child) => stop(child)))
      rmSync(path.join(STOREFRONT_DIR, distDirs[1]), { recursive: true, force: true })
    }
  })
})
