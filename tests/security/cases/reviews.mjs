// Reviews: hostile bodies, queries and ids to every reviews route answer 4xx (bodies: 400 naming the
// fields), never a 500; guests cannot write and one customer cannot edit another's review; writes are
// limited per client and per account. Reviews are counted before their body is read, so each request
// here comes from an address of its own (127.88.x.y) and accounts take turns, keeping to the limits.
import assert from "node:assert/strict"
import { randomBytes } from "node:crypto"
import { it } from "node:test"
import { adminHeaders } from "../../reliability/support/shopper.mjs"
import { storeClient } from "../support/store-client.mjs"

// Per account: ten review writes in ten minutes (the API's limit).
const WRITES_PER_ACCOUNT = 10

export default function register(store) {
  const { fresh, api, okData, customer, accounts } = storeClient(store, {
    subnet: "127.88",
    emailPrefix: "reviews",
    firstName: "Rae",
    writesPerAccount: WRITES_PER_ACCOUNT,
  })

  let productsRead
  const products = () => (productsRead ??= okData("/store/products?limit=30&fields=id").then(({ products }) => products.map((p) => p.id)))
  const goodReview = () => ({
    rating: 4,
    title: "Honest notes",
    body: `Took it for three weeks, notes ${randomBytes(4).toString("hex")}, and it agreed with me.`,
    started_at: Date.now() - 60_000,
  })

  const assertRefusedWithFields = (answer, what) => {
    assert.equal(answer.status, 400, `${what}: ${answer.status} ${JSON.stringify(answer.data)}`)
    assert.equal(typeof answer.data?.fields, "object", `${what}: no fields in ${JSON.stringify(answer.data)}`)
  }
  const assertRefused = (answer, what) => {
    assert.ok(answer.status >= 400 && answer.status < 500, `${what}: ${answer.status} ${JSON.stringify(answer.data)}`)
  }

  const hostileReviewBodies = (productId) => [
    {},
    [],
    { ...goodReview(), rating: "5; drop table review" },
    { ...goodReview(), rating: { $gt: 0 } },
    { ...goodReview(), rating: 1e308 },
    { ...goodReview(), title: "x".repeat(10_000) },
    { ...goodReview(), body: "x".repeat(100_000) },
    { ...goodReview(), body: "NUL in the middle \u0000 of a long enough review text" },
    { ...goodReview(), title: "\u0000" },
    { ...goodReview(), body: ["an", "array"] },
    { ...goodReview(), status: "approved" },
    { ...goodReview(), verified_buyer: true },
    { ...goodReview(), product_id: productId, customer_id: "cus_someone_else" },
    { ...goodReview(), started_at: "yesterday" },
    { ...goodReview(), website: { url: "x" } },
    '{"rating":5,"title":"t","body":"long enough text for a review here","__proto__":{"polluted":true}}',
  ]

  it("reviews: hostile bodies, queries and ids to the reviews routes answer 4xx, naming the fields, never 500", async () => {
    const [productId, otherProductId] = await products()
    const writer = accounts("hostile")

    for (const body of hostileReviewBodies(productId)) {
      const answer = await api(`/store/products/${productId}/reviews`, { method: "POST", token: await writer(), body })
      assertRefusedWithFields(answer, `create ${String(JSON.stringify(body)).slice(0, 80)}`)
    }

    const ownerToken = await customer("owner")
    const { review } = await okData(`/store/products/${otherProductId}/reviews`, { method: "POST", token: ownerToken, body: goodReview() })
    const editBodies = [{}, { rating: 0 }, { body: "\u0000".repeat(40) }, { title: "" }, { status: "approved" }, { helpful_count: 1e9 }, "[]"]
    for (const body of editBodies) {
      assertRefusedWithFields(await api(`/store/customers/me/reviews/${review.id}`, { method: "POST", token: ownerToken, body }), `edit ${JSON.stringify(body)}`)
    }

    const hostileIds = ["%00", "rev_x'%20or%20'1'='1", encodeURIComponent("../../admin"), "x".repeat(2000), "%E0%A4%A"]
    for (const id of hostileIds) {
      assertRefused(await api(`/store/reviews/${id}/helpful`, { method: "POST" }), `helpful ${id.slice(0, 40)}`)
      assertRefused(await api(`/store/customers/me/reviews/${id}`, { method: "POST", token: ownerToken, body: { rating: 3 } }), `edit ${id.slice(0, 40)}`)
      assertRefused(await api(`/store/products/${id}/reviews`), `list ${id.slice(0, 40)}`)
      assertRefused(await api(`/store/products/${id}/reviews/summary`), `summary ${id.slice(0, 40)}`)
      assertRefused(await api(`/store/products/${id}/reviews`, { method: "POST", token: await writer(), body: goodReview() }), `create on ${id.slice(0, 40)}`)
    }

    const hostileQueries = ["sort=random", "rating=1e308", "rating[$gt]=0", "limit=-1", "limit=100000", "offset=abc", "sort=%00", "extra=1", "rating=1&rating=2"]
    for (const query of hostileQueries) {
      assertRefused(await api(`/store/products/${productId}/reviews?${query}`), `list ?${query}`)
    }
    assertRefused(await api(`/store/customers/me/reviews?product_id=prod_x%00`, { token: ownerToken }), "own reviews ?product_id=NUL")

    const admin = await adminHeaders(store.backendUrl)
    const adminBodies = [{}, { status: "deleted" }, { reply: "\u0000" }, { reply: "x".repeat(10_000) }, { status: "approved", extra: 1 }]
    for (const body of adminBodies) {
      assertRefusedWithFields(await api(`/admin/reviews/${review.id}`, { method: "POST", headers: admin, body }), `admin ${JSON.stringify(body).slice(0, 60)}`)
    }
    const batchBodies = [{}, { ids: [], status: "approved" }, { ids: ["rev_1'--"], status: "approved" }, { ids: Array(101).fill("rev_x"), status: "approved" }, { ids: [review.id], status: "gone" }]
    for (const body of batchBodies) {
      assertRefusedWithFields(await api("/admin/reviews/batch", { method: "POST", headers: admin, body }), `batch ${JSON.stringify(body).slice(0, 60)}`)
    }
    for (const query of ["status=nope", "product_id=%00", "limit=-1"]) {
      assertRefused(await api(`/admin/reviews?${query}`, { headers: admin }), `admin list ?${query}`)
    }
    assertRefused(await api("/admin/reviews/%00", { method: "POST", headers: admin, body: { status: "approved" } }), "admin NUL id")

    // The routes take good input: the refusals above are the input's.
    assert.equal((await api(`/store/customers/me/reviews/${review.id}`, { method: "POST", token: ownerToken, body: { rating: 5 } })).status, 200)
    assert.equal((await api(`/admin/reviews/${review.id}`, { method: "POST", headers: admin, body: { status: "approved", reply: "<b>Thanks</b>" } })).status, 200)
    const { reviews } = await okData(`/store/products/${otherProductId}/reviews?sort=newest`)
    const shown = reviews.find((r) => r.id === review.id)
    assert.equal(shown.reply.body, "<b>Thanks</b>", "a reply stays text")
    for (const secret of ["email", "client_hash", "customer_id", "spam_reason", "status"]) {
      assert.equal(shown[secret], undefined, `a public review shows no ${secret}`)
    }
  })

  it("reviews: guests cannot write a review or edit one, and one customer cannot edit another's", async () => {
    const [productId] = await products()
    assert.equal((await api(`/store/products/${productId}/reviews`, { method: "POST", body: goodReview() })).status, 401)
    assert.equal((await api(`/store/products/${productId}/reviews`, { method: "POST", token: "forged.token.value", body: goodReview() })).status, 401)
    assert.equal((await api("/store/customers/me/reviews")).status, 401)

    const ownerToken = await customer("victim")
    const { review } = await okData(`/store/products/${productId}/reviews`, { method: "POST", token: ownerToken, body: goodReview() })
    assert.equal((await api(`/store/customers/me/reviews/${review.id}`, { method: "POST", body: { rating: 1 } })).status, 401)
    const intruder = await customer("intruder")
    const edit = await api(`/store/customers/me/reviews/${review.id}`, { method: "POST", token: intruder, body: { rating: 1 } })
    assert.equal(edit.status, 404)
    const { reviews } = await okData("/store/customers/me/reviews", { token: ownerToken })
    assert.equal(reviews.find((r) => r.id === review.id).rating, 4, "the intruder changed nothing")
    const theirs = await okData("/store/customers/me/reviews", { token: intruder })
    assert.deepEqual(theirs.reviews, [], "nobody sees another's reviews as their own")
    // Admin routes are staff only.
    assert.equal((await api("/admin/reviews")).status, 401)
    assert.equal((await api(`/admin/reviews/${review.id}`, { method: "POST", token: ownerToken, body: { status: "approved" } })).status, 401)
  })

  it("reviews: a client, or an account across clients, writing too much is answered 429 with retry_after", async () => {
    const ids = await products()
    // Five review writes per client in ten minutes, counted before the body is read.
    const client = fresh()
    const tokens = [await customer("burst-a"), await customer("burst-b")]
    const statuses = []
    for (let n = 0; n < 5; n++) {
      statuses.push((await api(`/store/products/${ids[n]}/reviews`, { from: client, method: "POST", token: tokens[n % 2], body: {} })).status)
    }
    assert.deepEqual([...new Set(statuses)], [400])
    const limited = await api(`/store/products/${ids[5]}/reviews`, { from: client, method: "POST", token: tokens[0], body: goodReview() })
    assert.equal(limited.status, 429, JSON.stringify(limited.data))
    assert.ok(limited.data.retry_after > 0)
    assert.equal(limited.headers["retry-after"], String(limited.data.retry_after))

    // One account from ever new addresses: ten writes, then 429.
    const spreader = await customer("spreader")
    for (let n = 0; n < WRITES_PER_ACCOUNT; n++) {
      const answer = await api(`/store/products/${ids[n]}/reviews`, { method: "POST", token: spreader, body: n % 2 ? {} : goodReview() })
      assert.ok([201, 400].includes(answer.status), `write ${n}: ${answer.status} ${JSON.stringify(answer.data)}`)
    }
    const accountLimited = await api(`/store/products/${ids[20]}/reviews`, { method: "POST", token: spreader, body: goodReview() })
    assert.equal(accountLimited.status, 429, JSON.stringify(accountLimited.data))
    assert.equal((await api(`/store/products/${ids[20]}/reviews`, { method: "POST", token: tokens[1], body: goodReview() })).status, 201, "the limit is the account's, not everyone's")
  })
}
