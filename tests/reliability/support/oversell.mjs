// The oversell race, run against each lock provider (in-memory on one server, Redis across servers):
// 50 buyers complete carts at once for a variant with 10 units left.
import assert from "node:assert/strict"
import { queryRows } from "../../../scripts/lib/postgres.mjs"
import { adminHeaders, completeCart, firstRegionId, ok, readyCart, storeClient } from "./shopper.mjs"

const BUYERS = 50
const UNITS = 10

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** p50, p95 and max of a list of durations, in ms. */
function spread(durations) {
  const sorted = [...durations].sort((a, b) => a - b)
  const at = (p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
  return { count: sorted.length, p50: at(50), p95: at(95), max: sorted.at(-1) ?? 0 }
}

const describeSpread = ({ count, p50, p95, max }) => `${count} (p50 ${p50} ms, p95 ${p95} ms, max ${max} ms)`

/** Sets a variant's stock at the seed's warehouse (nothing reserved); answers its inventory item id. */
async function setStock(baseUrl, variant, quantity) {
  const headers = await adminHeaders(baseUrl)
  const { inventory_items } = await ok(`${baseUrl}/admin/inventory-items?sku=${variant.sku}&fields=id,location_levels.location_id`, { headers })
  const [item] = inventory_items
  await ok(`${baseUrl}/admin/inventory-items/${item.id}/location-levels/${item.location_levels[0].location_id}`, {
    method: "POST",
    headers,
    body: { stocked_quantity: quantity },
  })
  return item.id
}

/**
 * Runs the race on `servers` (buyers spread over them) for the first variant of `product`, and checks
 * that exactly 10 orders are made, stock never goes negative, and every loser is told promptly, in a
 * 4xx naming the product, that it is sold out.
 */
export async function oversellRace(t, { servers, publishableKey, databaseUrl, product }) {
  const sql = (text, params) => queryRows(databaseUrl, text, params)
  const stores = servers.map((url) => storeClient(url, publishableKey))
  const regionId = await firstRegionId(stores[0])
  const variant = product.variants[0]
  const itemId = await setStock(servers[0], variant, UNITS)
  const carts = []
  for (let batch = 0; batch < BUYERS / 10; batch++) {
    carts.push(
      ...(await Promise.all(
        Array.from({ length: 10 }, (_, i) => readyCart(stores[i % stores.length], { regionId, variantId: variant.id, email: `buyer-${batch}-${i}@example.com` }))
      ))
    )
  }

  // Each buyer acts as the storefront's place-order does: a busy answer (409) is retried once, after
  // the backend's Retry-After (2 s).
  let retries = 0
  const buy = async (cartId, store) => {
    const started = performance.now()
    let answer = await completeCart(store, cartId)
    if (answer.status === 409) {
      retries += 1
      await sleep(2000)
      answer = await completeCart(store, cartId)
    }
    return { ...answer, ms: Math.round(performance.now() - started) }
  }
  const answers = await Promise.all(carts.map((cartId, i) => buy(cartId, stores[i % stores.length])))
  const orders = answers.filter((answer) => answer.status === 200 && answer.body.type === "order")
  const refused = answers.filter((answer) => !orders.includes(answer))
  const serverErrors = answers.filter((answer) => answer.status >= 500)
  const figures = { winners: spread(orders.map((a) => a.ms)), losers: spread(refused.map((a) => a.ms)) }
  const counts = new Map()
  for (const { status } of answers) {
    counts.set(status, (counts.get(status) ?? 0) + 1)
  }
  const statuses = [...counts].map(([status, count]) => `${count}×${status}`).join(", ")
  const report = `orders ${describeSpread(figures.winners)}; refused ${describeSpread(figures.losers)}; answers ${statuses}; ${retries} busy answers retried`
  t.diagnostic(report)
  console.log(`oversell race on ${servers.length} server(s): ${report}`)

  const seen = JSON.stringify(answers.map((a) => [a.status, a.body.message, a.ms]))
  assert.equal(serverErrors.length, 0, `server errors: ${seen}`)
  assert.equal(orders.length, UNITS, seen)
  assert.equal(refused.length, BUYERS - UNITS)
  for (const answer of refused) {
    assert.ok(answer.status >= 400 && answer.status < 500, `a loser was answered ${answer.status}: ${answer.body.message}`)
    assert.ok(answer.body.message?.includes(product.title), `the refusal does not name "${product.title}": ${answer.body.message}`)
  }
  // No buyer was refused while an order was made for them anyway.
  const liveOrders = await sql("select order_id from order_cart where cart_id = any($1) and deleted_at is null", [carts])
  assert.deepEqual(liveOrders.map((row) => row.order_id).sort(), orders.map((answer) => answer.body.order.id).sort())
  const [level] = await sql("select stocked_quantity::int as stocked, reserved_quantity::int as reserved from inventory_level where inventory_item_id = $1", [itemId])
  assert.deepEqual(level, { stocked: UNITS, reserved: UNITS }, "available stock is not 0")
  const [{ negative }] = await sql("select count(*)::int as negative from inventory_level where stocked_quantity - reserved_quantity < 0")
  assert.equal(negative, 0)
  // Last, so a slow run still reports whether the stock came out right.
  assert.ok(figures.losers.p95 < 2000, `losers waited too long for their answer: p95 ${figures.losers.p95} ms`)
  return figures
}
