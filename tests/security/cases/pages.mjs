// Pages and checkout (findings 7-11 of the trust review): comment identity and reply mails, the
// `next` redirect, the order confirmation, the payment return, and the storefront's security headers.
import assert from "node:assert/strict"
import { randomUUID } from "node:crypto"
import { readFileSync } from "node:fs"
import path from "node:path"
import { it } from "node:test"
import { queryRows } from "../../../scripts/lib/postgres.mjs"
import { STOREFRONT_DIR } from "../../../scripts/lib/processes.mjs"
import { adminHeaders, firstRegionId, ok, readyCart, storeClient } from "../../reliability/support/shopper.mjs"

const WRITTEN_SLOWLY = () => Date.now() - 60_000

/** A registered, logged-in customer: bearer headers for the store API, and the account's email. */
async function customer(store, first_name, last_name) {
  const email = `${first_name.toLowerCase()}-${randomUUID()}@example.com`
  const password = `pw-${randomUUID()}`
  const { token: registration } = await ok(`${store.backendUrl}/auth/customer/emailpass/register`, { method: "POST", body: { email, password } })
  const api = storeClient(store.backendUrl, store.publishableKey)
  await api.post("/store/customers", { email, first_name, last_name }, { authorization: `Bearer ${registration}` })
  const { token } = await ok(`${store.backendUrl}/auth/customer/emailpass`, { method: "POST", body: { email, password } })
  return { email, headers: { authorization: `Bearer ${token}` } }
}

/**
 * Calls a Server Action the way Next.js's client does: `Next-Action` names it (its id from the build's
 * server reference manifest), the arguments are React's reply encoding of (previous state, form data).
 */
async function callServerAction(storefrontUrl, { file, name, page, fields, cookie }) {
  const manifest = JSON.parse(readFileSync(path.join(STOREFRONT_DIR, ".next-security", "server", "server-reference-manifest.json"), "utf8"))
  const [id] = Object.entries(manifest.node).find(([, action]) => action.exportedName === name && action.filename?.endsWith(file)) ?? []
  assert.ok(id, `no server action ${name} in ${file}`)
  const body = new FormData()
  body.set("0", JSON.stringify([{ status: "idle" }, "$K1"]))
  for (const [key, value] of Object.entries(fields)) {
    body.set(`1_${key}`, value)
  }
  return fetch(`${storefrontUrl}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": id, accept: "text/x-component", origin: storefrontUrl, ...(cookie ? { cookie } : {}) },
    body,
  })
}

/** `name=value; ...` of the cookies a response set (to send them back as the same browser would). */
function cookiesSetBy(response) {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .filter((pair) => !pair.endsWith("="))
    .join("; ")
}

async function someVariantId(api, regionId) {
  const { products } = await api.get(`/store/products?region_id=${regionId}&fields=id,*variants&limit=20`)
  return products.flatMap((product) => product.variants)[0].id
}

export default function register(store) {
  const api = () => storeClient(store.backendUrl, store.publishableKey)

  it("7: a customer's comments carry the account's name and email; re-approving a reply mails no one again", async () => {
    const cora = await customer(store, "Cora", "Member")
    const { articles } = await api().get("/store/articles?limit=1")
    const comments = `/store/articles/${articles[0].handle}/comments`
    const admin = await adminHeaders(store.backendUrl)
    const moderate = (id, status) => ok(`${store.backendUrl}/admin/comments/${id}`, { method: "POST", body: { status }, headers: admin })

    const { comment: first } = await api().post(comments, { body: `First words ${randomUUID()}`, notify_on_reply: true, started_at: WRITTEN_SLOWLY() }, cora.headers)
    await moderate(first.id, "approved")

    // Approved once, the customer now tries to speak as someone else.
    const { comment: forged } = await api().post(
      comments,
      { body: `As someone else ${randomUUID()}`, author_name: "The Editor", email: "editor@example.com", started_at: WRITTEN_SLOWLY() },
      cora.headers
    )
    const [stored] = await queryRows(store.databaseUrl, "select author_name, email from comment where id = $1", [forged.id])
    assert.deepEqual(stored, { author_name: "Cora Member", email: cora.email }, "the comment is stored under the account's name and email")
    assert.equal(forged.author_name, "Cora Member")

    // A guest's reply to Cora, approved, rejected and approved again: one mail to Cora, not two.
    const { comment: reply } = await api().post(comments, {
      body: `A reply ${randomUUID()}`,
      author_name: "Guest Replier",
      email: `replier-${randomUUID()}@example.com`,
      parent_id: first.id,
      started_at: WRITTEN_SLOWLY(),
    })
    const mailsToCora = async () =>
      (await queryRows(store.databaseUrl, `select count(*)::int as n from notification where template = 'comment-reply' and "to" = $1`, [cora.email]))[0].n
    await moderate(reply.id, "approved")
    for (let attempt = 0; attempt < 40 && (await mailsToCora()) === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    assert.equal(await mailsToCora(), 1)
    await moderate(reply.id, "rejected")
    await moderate(reply.id, "approved")
    await new Promise((resolve) => setTimeout(resolve, 3000))
    assert.equal(await mailsToCora(), 1, "re-approving the reply sent its notification again")
  })

  it("8: ?next= that a browser reads as another site never reaches the login and register forms", async () => {
    for (const next of ["/%09/evil.example", "/%5C/evil.example", "//evil.example", "https://evil.example/x", "/\\evil.example"]) {
      const response = await fetch(`${store.storefrontUrl}/account?next=${next}`)
      const html = await response.text()
      for (const [, value] of html.matchAll(/name="next" value="([^"]*)"/g)) {
        const decoded = value.replace(/&#x([0-9a-f]+);|&#(\d+);/gi, (_, hex, dec) => String.fromCharCode(hex ? parseInt(hex, 16) : Number(dec))).replace(/&amp;/g, "&")
        assert.equal(new URL(decoded, store.storefrontUrl).origin, store.storefrontUrl, `next=${next} became ${JSON.stringify(decoded)}`)
      }
    }
  })

  it("9: another browser cannot open an order's confirmation by naming its cart", async () => {
    const regionId = await firstRegionId(api())
    const victimEmail = `victim-${randomUUID()}@example.com`
    const cartId = await readyCart(api(), { regionId, variantId: await someVariantId(api(), regionId), email: victimEmail })
    const placeOrder = (fields, cookie) =>
      callServerAction(store.storefrontUrl, { file: "src/modules/checkout/actions.ts", name: "placeOrder", page: "/checkout", fields, cookie })
    const confirmationOf = async (response) => {
      const cookie = cookiesSetBy(response)
      const [, target] = (response.headers.get("x-action-redirect") ?? "").match(/^([^;]+)/) ?? []
      return { target, html: target ? await (await fetch(new URL(target, store.storefrontUrl), { headers: cookie ? { cookie } : {} })).text() : "" }
    }

    // The shopper's own browser (the cart cookie) places the order and sees its confirmation.
    const own = await confirmationOf(await placeOrder({ provider_id: "pp_system_default" }, `_medusa_cart_id=${cartId}`))
    assert.match(own.target ?? "", /^\/order\/confirmed\/order_/)
    assert.ok(own.html.includes(victimEmail), "the shopper's own confirmation shows the order")

    // Another browser, without any cookie: the page itself, then "Place order" naming the cart.
    const stranger = await fetch(new URL(own.target, store.storefrontUrl))
    assert.equal(stranger.status, 404)
    const forged = await confirmationOf(await placeOrder({ cart_id: cartId, provider_id: "pp_system_default" }))
    assert.ok(!forged.html.includes(victimEmail), `placeOrder with someone else's cart id opened their confirmation (${forged.target})`)
  })

  it("10: a cross-site GET of the payment return does not complete the shopper's ready cart", async () => {
    const regionId = await firstRegionId(api())
    const cartId = await readyCart(api(), { regionId, variantId: await someVariantId(api(), regionId) })
    for (const query of ["redirect_status=succeeded", "redirect_status=succeeded&payment_intent=pi_forged"]) {
      const response = await fetch(`${store.storefrontUrl}/checkout/payment-return?${query}`, {
        redirect: "manual",
        headers: { cookie: `_medusa_cart_id=${cartId}`, "sec-fetch-site": "cross-site" },
      })
      assert.ok(response.status >= 300 && response.status < 400, `answered ${response.status}`)
      assert.doesNotMatch(response.headers.get("location") ?? "", /\/order\/confirmed\//)
    }
    const { cart } = await api().get(`/store/carts/${cartId}?fields=id,completed_at`)
    assert.equal(cart.completed_at, null, "the cart was completed by a GET")
  })

  it("11: every page answers with the security headers; cached pages stay cached, dynamic ones get a nonce", async () => {
    const [{ products }, { articles }] = await Promise.all([api().get("/store/products?limit=1&fields=handle"), api().get("/store/articles?limit=1")])
    const cached = ["/", `/products/${products[0].handle}`, `/news/${articles[0].handle}`, "/store"]
    const dynamic = ["/checkout", "/cart", "/account", "/search?q=vitamin"]
    const headersOf = async (pathname) => {
      const response = await fetch(`${store.storefrontUrl}${pathname}`, { redirect: "manual" })
      return { response, html: await response.text() }
    }
    for (const pathname of [...cached, ...dynamic]) {
      const { response } = await headersOf(pathname)
      const csp = response.headers.get("content-security-policy") ?? ""
      assert.match(csp, /frame-ancestors 'none'/, `${pathname}: ${csp}`)
      assert.match(csp, /script-src [^;]*https:\/\/js\.stripe\.com/, `${pathname}: ${csp}`)
      assert.match(csp, /frame-src [^;]*https:\/\/js\.stripe\.com[^;]*https:\/\/hooks\.stripe\.com/, `${pathname}: ${csp}`)
      assert.match(csp, /object-src 'none'/, `${pathname}: ${csp}`)
      assert.equal(response.headers.get("x-frame-options"), "DENY", pathname)
      assert.equal(response.headers.get("x-content-type-options"), "nosniff", pathname)
      assert.ok(response.headers.get("referrer-policy"), pathname)
      assert.ok(response.headers.get("permissions-policy"), pathname)
      assert.match(response.headers.get("strict-transport-security") ?? "", /max-age=\d+/, pathname)
    }
    for (const pathname of dynamic) {
      const { response, html } = await headersOf(pathname)
      const nonce = (response.headers.get("content-security-policy") ?? "").match(/'nonce-([^']+)'/)?.[1]
      assert.ok(nonce, `${pathname}: no nonce`)
      assert.match(response.headers.get("content-security-policy"), /'strict-dynamic'/)
      assert.doesNotMatch(response.headers.get("content-security-policy"), /script-src[^;]*'unsafe-inline'/)
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/type="application\/ld\+json"/.test(tag))
      assert.ok(scripts.length > 0 && scripts.every((tag) => tag.includes(`nonce="${nonce}"`)), `${pathname}: a script without the nonce`)
    }
    for (const pathname of cached) {
      // Twice: the first request may render the page; the second must come from the cache.
      await headersOf(pathname)
      const { response } = await headersOf(pathname)
      assert.doesNotMatch(response.headers.get("cache-control") ?? "", /no-store|private/, `${pathname} became dynamic`)
    }
  })
}
