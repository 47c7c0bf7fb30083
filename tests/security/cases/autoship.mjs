// Autoship (the club): its write routes answer hostile bodies with 400 and the fields at fault, never
// a 500; one customer cannot reach another's autoship; a skip link must be the one the store signed;
// only our route makes autoship lines; autoship writes are rate limited per client. Each case speaks
// from loopback addresses of its own (127.77.x.y), so no case spends another's limits.
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { it } from "node:test"
import jwt from "jsonwebtoken"
import { queryRows } from "../../../scripts/lib/postgres.mjs"
import { json, request } from "../support/client.mjs"

const SKIP_AUDIENCE = "autoship-skip"

export default function register(store) {
  const api = async (route, { from = "127.77.0.1", method = "GET", body, token } = {}) => {
    const answer = await request(`${store.backendUrl}${route}`, {
      from,
      method,
      body,
      headers: { "x-publishable-api-key": store.publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    })
    return { status: answer.status, headers: answer.headers, data: json(answer) }
  }
  const okData = async (route, options) => {
    const answer = await api(route, options)
    assert.ok(answer.status < 300, `${options?.method ?? "GET"} ${route}: ${answer.status} ${JSON.stringify(answer.data)}`)
    return answer.data
  }

  /** A registered customer's bearer token. */
  async function customer(name, from) {
    const email = `autoship-${name}-${randomBytes(4).toString("hex")}@example.com`
    const password = `pw-${randomBytes(8).toString("hex")}`
    const { token: registration } = await okData("/auth/customer/emailpass/register", { from, method: "POST", body: { email, password } })
    await okData("/store/customers", { from, method: "POST", token: registration, body: { email, first_name: "Club", last_name: name } })
    return (await okData("/auth/customer/emailpass", { from, method: "POST", body: { email, password } })).token
  }

  // Read once, when the first case needs it (the store is launched after registration).
  let catalogueRead
  const catalogue = () =>
    (catalogueRead ??= (async () => {
      const { regions } = await okData("/store/regions")
      const { products } = await okData("/store/products?limit=50&fields=id,variants.id,+variants.inventory_quantity")
      const inStock = products.filter((product) => product.variants.length === 1 && product.variants[0].inventory_quantity > 20)
      return { regionId: regions[0].id, variantIds: inStock.map((product) => product.variants[0].id) }
    })())

  /** A cart of the customer's holding one autoship line (every 30 days). */
  async function autoshipCart(token, from) {
    const { regionId, variantIds } = await catalogue()
    const { cart } = await okData("/store/carts", { from, method: "POST", token, body: { region_id: regionId } })
    await okData(`/store/carts/${cart.id}/autoship-items`, { from, method: "POST", token, body: { variant_id: variantIds[0], quantity: 1, interval_days: 30 } })
    return cart.id
  }

  /** A customer who checked out an autoship line, and the autoship the order made (as a shopper gets one). */
  async function customerWithAutoship(name, from) {
    const token = await customer(name, from)
    const cartId = await autoshipCart(token, from)
    const address = { first_name: "Club", last_name: name, address_1: "1 Elm Street", city: "Portland", province: "OR", postal_code: "97201", country_code: "us" }
    await okData(`/store/carts/${cartId}`, { from, method: "POST", token, body: { shipping_address: address, billing_address: address } })
    const { shipping_options } = await okData(`/store/shipping-options?cart_id=${cartId}`, { from, token })
    const free = shipping_options.find((option) => option.name === "Autoship Delivery") ?? shipping_options[0]
    await okData(`/store/carts/${cartId}/shipping-methods`, { from, method: "POST", token, body: { option_id: free.id } })
    const { payment_collection } = await okData("/store/payment-collections", { from, method: "POST", token, body: { cart_id: cartId } })
    await okData(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { from, method: "POST", token, body: { provider_id: "pp_system_default" } })
    const placed = await okData(`/store/carts/${cartId}/complete`, { from, method: "POST", token })
    assert.equal(placed.type, "order", JSON.stringify(placed))
    // The autoship is made by the order.placed subscriber, a moment later.
    for (let attempt = 0; attempt < 60; attempt++) {
      const { autoships } = await okData("/store/customers/me/autoships", { from, token })
      if (autoships.length) {
        return { token, autoship: autoships[0] }
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    throw new Error(`no autoship was made from ${name}'s order`)
  }
  let owner
  const autoshipOwner = () => (owner ??= customerWithAutoship("owner", "127.77.1.1"))

  const signSkipLink = async (autoshipId, { secret = store.linkTokenSecret, version, ...options } = {}) => {
    const [row] = await queryRows(store.databaseUrl, "select token_version, next_order_at from autoship where id = $1", [autoshipId])
    const claims = { sub: autoshipId, v: version ?? row.token_version, due: new Date(row.next_order_at).toISOString() }
    return jwt.sign(claims, secret, { audience: SKIP_AUDIENCE, expiresIn: "30d", ...options })
  }
  const assertRefusedWithFields = (answer, what) => {
    assert.equal(answer.status, 400, `${what}: ${answer.status} ${JSON.stringify(answer.data)}`)
    assert.equal(typeof answer.data?.fields, "object", `${what}: no fields in ${JSON.stringify(answer.data)}`)
    assert.ok(Object.keys(answer.data.fields).length > 0, `${what}: empty fields`)
  }

  it("autoship: hostile bodies to the autoship write routes answer 400 naming the fields, never 500", async () => {
    const from = "127.77.2.1"
    const { token, autoship } = await autoshipOwner()
    const cartId = await autoshipCart(token, from)
    const { variantIds } = await catalogue()
    const variant_id = variantIds[0]
    const hostile = {
      [`/store/carts/${cartId}/autoship-items`]: [
        {},
        [],
        { variant_id: "variant_1' or '1'='1", interval_days: 30 },
        { variant_id: { $ne: null }, interval_days: 30 },
        { variant_id, interval_days: 1e308 },
        { variant_id, interval_days: "30; drop table autoship" },
        { variant_id, interval_days: 30, quantity: -5 },
        { variant_id, interval_days: 30, quantity: 1e9 },
        { variant_id, interval_days: 30, unit_price: 0 },
        { variant_id, interval_days: 30, metadata: { autoship_interval_days: 1 } },
        { variant_id: "x".repeat(10_000), interval_days: 30 },
      ],
      [`/store/customers/me/autoships/${autoship.id}`]: [
        {},
        { interval_days: 0 },
        { status: "cancelled" },
        { customer_id: "cus_someone_else" },
        { lines: [{ id: autoship.lines[0].id, quantity: -1 }] },
        { lines: [{ id: "../../etc/passwd", quantity: 1 }] },
        { lines: "everything" },
        { shipping_address: { first_name: "", country_code: "usa" } },
        // Sent as text: an object literal's __proto__ would set its prototype instead of sending the key.
        '{"interval_days":30,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
        { payment_method_id: "card_123; drop" },
      ],
      "/store/autoships/skip": [{}, { token: 42 }, { token: "not-a-token" }, { token: `${"a".repeat(600)}.${"b".repeat(600)}.c` }, { token: "a.b.c", autoship_id: autoship.id }],
    }
    for (const [route, bodies] of Object.entries(hostile)) {
      for (const body of bodies) {
        assertRefusedWithFields(await api(route, { from, method: "POST", token, body }), `${route} ${String(JSON.stringify(body)).slice(0, 80)}`)
      }
    }
    // The same routes take a good body: the refusals above are the bodies', not the routes'.
    assert.equal((await api(`/store/carts/${cartId}/autoship-items`, { from, method: "POST", token, body: { variant_id, interval_days: 30 } })).status, 200)
    assert.equal((await api(`/store/customers/me/autoships/${autoship.id}`, { from, method: "POST", token, body: { interval_days: 60 } })).status, 200)
  })

  it("autoship: another customer's autoship answers 404, to read, change or act on", async () => {
    const { token: ownerToken, autoship } = await autoshipOwner()
    const from = "127.77.3.1"
    const stranger = await customer("stranger", from)
    const route = `/store/customers/me/autoships/${autoship.id}`
    assert.equal((await api(route, { from, token: ownerToken })).status, 200)
    assert.equal((await api(route, { from, token: stranger })).status, 404)
    assert.equal((await api(route, { from, method: "POST", token: stranger, body: { interval_days: 45 } })).status, 404)
    for (const action of ["skip", "pause", "cancel", "order-now"]) {
      assert.equal((await api(`${route}/${action}`, { from, method: "POST", token: stranger })).status, 404, action)
    }
    const { autoships } = await okData("/store/customers/me/autoships", { from, token: stranger })
    assert.deepEqual(autoships, [])
    const [row] = await queryRows(store.databaseUrl, "select status, interval_days from autoship where id = $1", [autoship.id])
    assert.equal(row.status, "active", "the stranger changed the owner's autoship")
    assert.notEqual(row.interval_days, 45, "the stranger changed the owner's autoship")
  })

  it("autoship: a forged, altered, expired or superseded skip link answers 400 and skips nothing; the signed one skips once", async () => {
    const { autoship } = await autoshipOwner()
    const from = "127.77.4.1"
    const nextOrderAt = async () => (await queryRows(store.databaseUrl, "select next_order_at from autoship where id = $1", [autoship.id]))[0].next_order_at.toISOString()
    const before = await nextOrderAt()
    const valid = await signSkipLink(autoship.id)
    const [header, payload, signature] = valid.split(".")
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString())
    const withClaims = (changes) => `${header}.${Buffer.from(JSON.stringify({ ...claims, ...changes })).toString("base64url")}.${signature}`
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${payload}.`

    const refused = {
      "signed with another secret": await signSkipLink(autoship.id, { secret: randomBytes(24).toString("hex") }),
      "signed with the session secret": await signSkipLink(autoship.id, { secret: store.jwtSecret }),
      "another date, same signature": withClaims({ due: "2099-01-01T00:00:00.000Z" }),
      "another autoship, same signature": withClaims({ sub: "ashp_01SOMEONEELSE" }),
      "signature cut off": `${header}.${payload}.`,
      "alg none": unsigned,
      expired: await signSkipLink(autoship.id, { expiresIn: -60 }),
      "for an older version of the plan": await signSkipLink(autoship.id, { version: 0 }),
      "another audience": await signSkipLink(autoship.id, { audience: "newsletter-confirm" }),
    }
    for (const [what, token] of Object.entries(refused)) {
      const answer = await api("/store/autoships/skip", { from, method: "POST", body: { token } })
      assertRefusedWithFields(answer, what)
      assert.ok("token" in answer.data.fields, `${what}: ${JSON.stringify(answer.data.fields)}`)
    }
    assert.equal(await nextOrderAt(), before, "a refused link moved the autoship")

    const skipped = await api("/store/autoships/skip", { from, method: "POST", body: { token: valid } })
    assert.equal(skipped.status, 200, JSON.stringify(skipped.data))
    assert.notEqual(await nextOrderAt(), before)
    assert.equal((await api("/store/autoships/skip", { from, method: "POST", body: { token: valid } })).status, 400, "the same link skipped twice")
  })

  it("autoship: Medusa's own line-item routes refuse metadata.autoship_interval_days with 400", async () => {
    const from = "127.77.5.1"
    const { regionId, variantIds } = await catalogue()
    const { cart } = await okData("/store/carts", { from, method: "POST", body: { region_id: regionId } })
    const metadata = { autoship_interval_days: 30 }
    const added = await api(`/store/carts/${cart.id}/line-items`, { from, method: "POST", body: { variant_id: variantIds[1], quantity: 1, metadata } })
    assert.equal(added.status, 400, JSON.stringify(added.data))
    // A plain line goes in; turning it into an autoship line through the core update route is refused too.
    const { cart: withLine } = await okData(`/store/carts/${cart.id}/line-items`, { from, method: "POST", body: { variant_id: variantIds[1], quantity: 1, metadata: { gift: "yes" } } })
    const lineId = withLine.items[0].id
    const updated = await api(`/store/carts/${cart.id}/line-items/${lineId}`, { from, method: "POST", body: { quantity: 2, metadata } })
    assert.equal(updated.status, 400, JSON.stringify(updated.data))
    const [line] = await queryRows(store.databaseUrl, "select metadata from cart_line_item where id = $1", [lineId])
    assert.deepEqual(line.metadata, { gift: "yes" })
  })

  it("autoship: a client sending too many autoship writes is answered 429 with retry_after; another client is not", async () => {
    const { regionId } = await catalogue()
    const { cart } = await okData("/store/carts", { from: "127.77.6.1", method: "POST", body: { region_id: regionId } })
    const write = (from) => api(`/store/carts/${cart.id}/autoship-items`, { from, method: "POST", body: {} })
    // 60 autoship writes per client in 10 minutes, counted before the body is read.
    const statuses = []
    for (let n = 0; n < 60; n++) {
      statuses.push((await write("127.77.6.2")).status)
    }
    assert.deepEqual([...new Set(statuses)], [400])
    const limited = await write("127.77.6.2")
    assert.equal(limited.status, 429, JSON.stringify(limited.data))
    assert.ok(limited.data.retry_after > 0, JSON.stringify(limited.data))
    assert.equal(limited.headers["retry-after"], String(limited.data.retry_after))
    assert.equal((await write("127.77.6.3")).status, 400, "the limit is the client's, not everyone's")
  })
}
