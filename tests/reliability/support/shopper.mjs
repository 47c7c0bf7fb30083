// A shopper on the store API, over plain HTTP: carts, checkout and the admin calls the suites need.
// Shared by the reliability suite and the checkout benchmark.
import { randomUUID } from "node:crypto"

/** JSON over fetch; answers `{ status, body }` and never throws on a non-2xx status. */
export async function call(url, { method = "GET", body, headers = {} } = {}) {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed
  try {
    parsed = text ? JSON.parse(text) : {}
  } catch {
    parsed = { message: text }
  }
  return { status: response.status, body: parsed }
}

/** Like `call`, but throws with the answer when the status is not 2xx. */
export async function ok(url, init) {
  const answer = await call(url, init)
  if (answer.status >= 300) {
    throw new Error(`${init?.method ?? "GET"} ${url} answered ${answer.status}: ${JSON.stringify(answer.body)}`)
  }
  return answer.body
}

/** The store API of one backend instance, with the publishable key. */
export function storeClient(baseUrl, publishableKey) {
  const headers = { "x-publishable-api-key": publishableKey }
  return {
    baseUrl,
    get: (pathname, extra = {}) => ok(`${baseUrl}${pathname}`, { headers: { ...headers, ...extra } }),
    post: (pathname, body, extra = {}) => ok(`${baseUrl}${pathname}`, { method: "POST", body, headers: { ...headers, ...extra } }),
    call: (pathname, init = {}) => call(`${baseUrl}${pathname}`, { ...init, headers: { ...headers, ...init.headers } }),
  }
}

const ADDRESS = {
  first_name: "Load",
  last_name: "Tester",
  address_1: "1 Test Street",
  city: "Portland",
  postal_code: "97201",
  country_code: "us",
}

/** The first region of the store (the seed makes one, United States). */
export async function firstRegionId(store) {
  const { regions } = await store.get("/store/regions")
  return regions[0].id
}

/**
 * A cart ready to be completed: one line, an address, the cheapest shipping option and a payment
 * session with the system provider (which authorizes on completion). Like the storefront, the cart
 * writes ask for the cart's id only (`fields=id`): returning the whole cart with its totals makes
 * each write about 40 % slower.
 */
// Concurrent carts with one guest email race to create the same guest customer in Medusa (a 400), so
// each cart gets its own address unless a test asks for one.
export async function readyCart(store, { regionId, variantId, quantity = 1, email = `shopper-${randomUUID()}@example.com` }) {
  const { cart } = await store.post("/store/carts?fields=id", { region_id: regionId, email })
  await store.post(`/store/carts/${cart.id}/line-items?fields=id`, { variant_id: variantId, quantity })
  await store.post(`/store/carts/${cart.id}?fields=id`, { shipping_address: ADDRESS, billing_address: ADDRESS })
  const { shipping_options } = await store.get(`/store/shipping-options?cart_id=${cart.id}`)
  const cheapest = [...shipping_options].sort((a, b) => a.amount - b.amount)[0]
  await store.post(`/store/carts/${cart.id}/shipping-methods?fields=id`, { option_id: cheapest.id })
  const { payment_collection } = await store.post("/store/payment-collections", { cart_id: cart.id })
  await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  return cart.id
}

/** Completes a cart; answers the raw `{ status, body }` (an order, a cart with an error, or an error). */
export function completeCart(store, cartId) {
  return store.call(`/store/carts/${cartId}/complete`, { method: "POST" })
}

/** Bearer headers of the seeded admin (admin@example.com). */
export async function adminHeaders(baseUrl) {
  const { token } = await ok(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    body: { email: "admin@example.com", password: "supplements" },
  })
  return { authorization: `Bearer ${token}` }
}
