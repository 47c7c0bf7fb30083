// Back-in-stock alerts: "email me when it's back" mails addresses strangers type in, so its answers say
// nothing about who has an account or already waits, its links must be the ones the store signed, hostile
// bodies get a 400 naming the field (never a 500), and requests are capped per client and per address.
// Each case speaks from loopback addresses of its own (127.88.x.y), so no case spends another's limits.
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { it } from "node:test"
import jwt from "jsonwebtoken"
import { queryRows } from "../../../scripts/lib/postgres.mjs"
import { json, request } from "../support/client.mjs"

export default function register(store) {
  const api = async (route, { from = "127.88.0.1", method = "GET", body, token, raw } = {}) => {
    const answer = await request(`${store.backendUrl}${route}`, {
      from,
      method,
      body: raw ?? body,
      headers: {
        "x-publishable-api-key": store.publishableKey,
        ...(raw === undefined ? {} : { "content-type": "application/json" }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    })
    return { status: answer.status, headers: answer.headers, text: answer.text, data: json(answer) }
  }
  const address = (name) => `alert-${name}-${randomBytes(4).toString("hex")}@example.com`

  // The seed's fully sold-out products, read once when the first case needs them.
  let soldOutRead
  const soldOutVariant = () =>
    (soldOutRead ??= (async () => {
      const { data } = await api("/store/products?handle=gentle-binder-blend&fields=id,variants.id")
      return data.products[0].variants[0].id
    })())

  it("stock alerts: hostile bodies and forged links get a 400 naming the field, never a 500", async () => {
    const variantId = await soldOutVariant()
    const bodies = [
      [{}, "variant_id"],
      [{ variant_id: null, email: "a@example.com" }, "variant_id"],
      [{ variant_id: 42, email: "a@example.com" }, "variant_id"],
      [{ variant_id: `variant_${"A".repeat(5000)}<script>`, email: "a@example.com" }, "variant_id"],
      [{ variant_id: variantId, email: { $ne: null } }, "email"],
      [{ variant_id: variantId, email: `${"x".repeat(10_000)}@example.com` }, "email"],
      [{ variant_id: variantId, email: "reader@example.com\r\nBcc: everyone@example.com" }, "email"],
      [{ variant_id: variantId, email: "a@example.com", customer_id: "cus_someone" }, null],
    ]
    for (const [index, [body, field]] of bodies.entries()) {
      const answer = await api("/store/stock-alerts", { from: `127.88.1.${index + 1}`, method: "POST", body })
      assert.equal(answer.status, 400, `${JSON.stringify(body).slice(0, 80)}: ${answer.status} ${answer.text.slice(0, 200)}`)
      if (field) {
        assert.ok(answer.data.fields?.[field], `${field} named for ${JSON.stringify(body).slice(0, 80)}: ${answer.text.slice(0, 200)}`)
      }
    }
    for (const [index, raw] of ['{"variant_id":', "[1,2,3]", '"just a string"', '{"__proto__":{"admin":true},"variant_id":"x"}'].entries()) {
      const answer = await api("/store/stock-alerts", { from: `127.88.2.${index + 1}`, method: "POST", raw })
      assert.ok(answer.status >= 400 && answer.status < 500, `${raw}: ${answer.status} ${answer.text.slice(0, 200)}`)
    }
    assert.equal((await queryRows(store.databaseUrl, "select count(*)::int as n from stock_alert where email like 'a@%' or email like 'reader@%'"))[0].n, 0)

    // Links: any secret but the store's, no signature at all, another audience, or junk.
    const claims = { sub: "salrt_01FORGED" }
    const forged = [
      jwt.sign(claims, "not-the-store-secret", { audience: "stock-alert-confirm" }),
      `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${Buffer.from(JSON.stringify({ ...claims, aud: "stock-alert-confirm" })).toString("base64url")}.`,
      "a.b.c",
      "x".repeat(2000),
    ]
    for (const [index, token] of forged.entries()) {
      for (const purpose of ["confirm", "cancel"]) {
        const answer = await api(`/store/stock-alerts/${purpose}`, { from: `127.88.3.${index + 1}`, method: "POST", body: { token } })
        assert.equal(answer.status, 400, `${purpose} ${token.slice(0, 40)}: ${answer.status}`)
        assert.ok(answer.data.fields?.token, answer.text)
      }
    }
  })

  it("stock alerts: a known, a new and an already waiting address get the same answer, and one alert each", async () => {
    const variantId = await soldOutVariant()
    const known = address("known")
    const password = `pw-${randomBytes(8).toString("hex")}`
    const { data: registration } = await api("/auth/customer/emailpass/register", { from: "127.88.4.1", method: "POST", body: { email: known, password } })
    await api("/store/customers", { from: "127.88.4.1", method: "POST", token: registration.token, body: { email: known, first_name: "Known", last_name: "Reader" } })

    const fresh = address("fresh")
    const answers = []
    for (const [index, email] of [known, fresh, fresh].entries()) {
      const answer = await api("/store/stock-alerts", { from: `127.88.4.${index + 2}`, method: "POST", body: { variant_id: variantId, email } })
      answers.push([answer.status, answer.text])
    }
    assert.deepEqual(answers, Array(3).fill([202, JSON.stringify({ status: "check_your_email" })]))
    const rows = await queryRows(store.databaseUrl, "select email, status from stock_alert where email = any($1) order by email", [[known, fresh]])
    assert.deepEqual(rows.map((row) => [row.email, row.status]).sort(), [[fresh, "pending"], [known, "pending"]].sort())
  })

  it("stock alerts: requests are capped per client, and per address across clients", async () => {
    const variantId = await soldOutVariant()
    const statuses = []
    for (let i = 0; i < 11; i++) {
      statuses.push((await api("/store/stock-alerts", { from: "127.88.5.1", method: "POST", body: { variant_id: variantId, email: address(`client-${i}`) } })).status)
    }
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(202))
    assert.equal(statuses[10], 429)

    const victim = address("victim")
    const spread = []
    for (let i = 0; i < 11; i++) {
      spread.push((await api("/store/stock-alerts", { from: `127.88.6.${i + 1}`, method: "POST", body: { variant_id: variantId, email: victim } })).status)
    }
    assert.deepEqual(spread.slice(0, 10), Array(10).fill(202))
    const capped = await api("/store/stock-alerts", { from: "127.88.6.99", method: "POST", body: { variant_id: variantId, email: victim } })
    assert.equal(capped.status, 429)
    assert.ok(Number(capped.headers["retry-after"]) > 0)
    // However often it was asked, the address holds one alert and was mailed one confirmation.
    const [{ n }] = await queryRows(store.databaseUrl, "select count(*)::int as n from stock_alert where email = $1", [victim])
    assert.equal(n, 1)
  })
}
