// The demo admin (seeded) through the real Admin API: a bearer token, and articles written the way the
// admin dashboard writes them.

/** A JSON request; throws with the answer when the status is not what the caller expects. */
export async function requestJson(url, { method = "GET", headers = {}, body, expect = [200, 201] } = {}) {
  const response = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!expect.includes(response.status)) {
    throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 500)}`)
  }
  return text ? JSON.parse(text) : null
}

/** Logs the demo admin in once per store; the token is kept on the store object. */
export async function adminHeaders(store) {
  store.adminToken ??= (
    await requestJson(`${store.backendUrl}/auth/user/emailpass`, {
      method: "POST",
      body: { email: "admin@example.com", password: "supplements" },
    })
  ).token
  return { authorization: `Bearer ${store.adminToken}` }
}

/** Publishes an article on the first topic by the first author; returns it. */
export async function publishArticle(store, { title, body, handle }) {
  const headers = await adminHeaders(store)
  const [{ topics }, { authors }] = await Promise.all([
    requestJson(`${store.backendUrl}/admin/topics`, { headers }),
    requestJson(`${store.backendUrl}/admin/authors`, { headers }),
  ])
  const { article } = await requestJson(`${store.backendUrl}/admin/articles`, {
    method: "POST",
    headers,
    body: { title, handle, body, summary: "A test of hostile input.", topic_id: topics[0].id, author_id: authors[0].id, status: "published" },
  })
  return article
}
