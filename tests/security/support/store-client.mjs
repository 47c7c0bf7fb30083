import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { json, request } from "./client.mjs"

/**
 * A case file's own view of the store API: every request from an address no other request of the file
 * used (`<subnet>.x.y`, so limits counted per client never carry over), and customers registered on
 * the spot. `writesPerAccount` is the account limit the file stays under when accounts take turns.
 */
export function storeClient(store, { subnet, emailPrefix, firstName, writesPerAccount }) {
  let addresses = 0
  const fresh = () => {
    addresses += 1
    return `${subnet}.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`
  }
  const api = async (route, { from = fresh(), method = "GET", body, token, headers = {} } = {}) => {
    const answer = await request(`${store.backendUrl}${route}`, {
      from,
      method,
      body,
      headers: { "x-publishable-api-key": store.publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    })
    return { status: answer.status, headers: answer.headers, data: json(answer) }
  }
  const okData = async (route, options) => {
    const answer = await api(route, options)
    assert.ok(answer.status < 300, `${options?.method ?? "GET"} ${route}: ${answer.status} ${JSON.stringify(answer.data)}`)
    return answer.data
  }

  /** A registered customer's bearer token. */
  async function customer(name) {
    const from = fresh()
    const email = `${emailPrefix}-${name}-${randomBytes(4).toString("hex")}@example.com`
    const password = `pw-${randomBytes(8).toString("hex")}`
    const { token: registration } = await okData("/auth/customer/emailpass/register", { from, method: "POST", body: { email, password } })
    await okData("/store/customers", { from, method: "POST", token: registration, body: { email, first_name: firstName, last_name: name } })
    return (await okData("/auth/customer/emailpass", { from, method: "POST", body: { email, password } })).token
  }
  /** Customers who take turns, so none passes its account's limit. */
  function accounts(name) {
    let current
    let used = writesPerAccount
    return async () => {
      if (used === writesPerAccount) {
        current = await customer(`${name}${addresses}`)
        used = 0
      }
      used += 1
      return current
    }
  }
  return { fresh, api, okData, customer, accounts }
}
