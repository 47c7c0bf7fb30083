// Articles written the way the admin dashboard writes them, as the seeded demo admin.
import { adminHeaders, ok } from "../../reliability/support/shopper.mjs"

/** Publishes an article on the first topic by the first author; returns it. */
export async function publishArticle(store, { title, body, handle }) {
  store.adminHeaders ??= await adminHeaders(store.backendUrl)
  const headers = store.adminHeaders
  const [{ topics }, { authors }] = await Promise.all([
    ok(`${store.backendUrl}/admin/topics`, { headers }),
    ok(`${store.backendUrl}/admin/authors`, { headers }),
  ])
  const { article } = await ok(`${store.backendUrl}/admin/articles`, {
    method: "POST",
    headers,
    body: { title, handle, body, summary: "A test of hostile input.", topic_id: topics[0].id, author_id: authors[0].id, status: "published" },
  })
  return article
}
