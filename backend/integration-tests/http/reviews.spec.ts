import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { REVIEW_REQUEST_AFTER_DAYS } from "@supplement-store/contract"
import requestReviews from "../../src/jobs/request-reviews"
import { REVIEWS_MODULE } from "../../src/modules/reviews"
import type ReviewsModuleService from "../../src/modules/reviews/service"
import { mailsTo } from "../helpers/autoship"
import { adminHeaders, placeOrder, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { eventually } from "../helpers/eventually"
import { trustLoopbackProxy } from "../helpers/forwarded-clients"

jest.setTimeout(300_000)

const anyStatus = { validateStatus: () => true }
const WRITTEN_SLOWLY = Date.now() - 60_000
type Headers = Record<string, string>
type Product = { id: string; handle: string; title: string }

trustLoopbackProxy()

let clientCounter = 0
/** A client address of its own (X-Forwarded-For, believed from loopback here), so no test spends another's limits. */
function asNewClient(headers: Headers): Headers {
  clientCounter += 1
  return { ...headers, "x-forwarded-for": `198.51.${Math.floor(clientCounter / 250)}.${(clientCounter % 250) + 1}` }
}

let textCounter = 0
const review = (fields: Record<string, unknown> = {}) => ({
  rating: 4,
  title: "Works for me",
  body: `Took it every morning for a month, review number ${++textCounter}, and I noticed a difference.`,
  started_at: WRITTEN_SLOWLY,
  ...fields,
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Headers }
    let admin: { headers: Headers }
    let products: Product[]
    let unreviewed: Product[]
    const reviews = () => getContainer().resolve<ReviewsModuleService>(REVIEWS_MODULE)

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      admin = await adminHeaders(api)
      const { data } = await api.get("/store/products?limit=100&fields=id,handle,title", store)
      // The seed reviews most products; these tests count reviews, so they use products it left alone.
      const seeded = new Set((await reviews().listReviews({}, { select: ["product_id"], take: null })).map((r) => r.product_id))
      products = data.products
      unreviewed = products.filter((product) => !seeded.has(product.id))
    })

    let customerCounter = 0
    /** A registered customer, logged in from a client address of their own. */
    async function customer(first_name = "Maria", last_name = "Keller") {
      const email = `reviewer-${++customerCounter}-${Date.now()}@example.com`
      const password = "reviews-test-password"
      const client = asNewClient(store.headers)
      const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password }, { headers: client })
      const { data } = await api.post(
        "/store/customers",
        { email, first_name, last_name },
        { headers: { ...client, authorization: `Bearer ${registered.token}` } }
      )
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password }, { headers: client })
      return { id: data.customer.id as string, email, headers: { ...client, authorization: `Bearer ${login.token}` } }
    }

    const post = (productId: string, body: Record<string, unknown>, headers: Headers) =>
      api.post(`/store/products/${productId}/reviews`, body, { headers, ...anyStatus })
    const list = async (productId: string, query = "") => (await api.get(`/store/products/${productId}/reviews${query}`, store)).data
    const summary = async (productId: string) => (await api.get(`/store/products/${productId}/reviews/summary`, store)).data.summary
    const moderate = (id: string, body: Record<string, unknown>) => api.post(`/admin/reviews/${id}`, body, { ...admin, ...anyStatus })

    /** A customer's order of one unit through the store's real checkout; answers it with its product. */
    async function buy(buyer: { email: string; headers: Headers }) {
      const order = await placeOrder(api, { headers: buyer.headers }, { email: buyer.email })
      const { data } = await api.get(`/admin/orders/${order.id}?fields=id,customer_id,items.*`, admin)
      return data.order as { id: string; customer_id: string; items: { id: string; quantity: number; product_id: string }[] }
    }

    describe("verified buyers", () => {
      it("marks a review verified when one of the customer's orders holds the product, and not otherwise or after cancelling", async () => {
        const buyer = await customer("Maria", "Keller")
        const order = await buy(buyer)
        expect(order.customer_id).toBe(buyer.id)
        const bought = order.items[0].product_id
        const notBought = products.find((product) => product.id !== bought)!.id

        const verified = await post(bought, review({ verified_buyer: undefined }), buyer.headers)
        expect(verified.status).toBe(201)
        expect(verified.data.review).toMatchObject({ product_id: bought, verified_buyer: true, author_name: "Maria K.", status: "pending" })
        expect(verified.data.review.email).toBeUndefined()
        expect((await reviews().retrieveReview(verified.data.review.id)).order_id).toBe(order.id)

        const unverified = await post(notBought, review(), buyer.headers)
        expect(unverified.status).toBe(201)
        expect(unverified.data.review.verified_buyer).toBe(false)

        // The client cannot claim it: the schema knows no such field.
        const claimed = await post(notBought, review({ verified_buyer: true }), asNewClient(buyer.headers))
        expect(claimed.status).toBe(400)

        const canceller = await customer("Ravi", "Okafor")
        const cancelled = await buy(canceller)
        const cancel = await api.post(`/admin/orders/${cancelled.id}/cancel`, {}, { ...admin, ...anyStatus })
        expect(cancel.status).toBe(200)
        const afterCancel = await post(cancelled.items[0].product_id, review(), canceller.headers)
        expect(afterCancel.status).toBe(201)
        expect(afterCancel.data.review).toMatchObject({ verified_buyer: false, author_name: "Ravi O." })
      })
    })

    describe("one review per product, and who goes live", () => {
      it("answers 409 for a second review, keeps a first one pending, approves later ones at once; an edit goes back to pending", async () => {
        const writer = await customer("Ana", "Lima")
        const [first, second] = products
        const created = await post(first.id, review(), writer.headers)
        expect(created.data.review.status).toBe("pending")

        const again = await post(first.id, review(), asNewClient(writer.headers))
        expect(again.status).toBe(409)
        expect(again.data.message).toMatch(/already reviewed this product/)

        expect((await moderate(created.data.review.id, { status: "approved" })).status).toBe(200)
        const later = await post(second.id, review({ rating: 2 }), writer.headers)
        expect(later.data.review.status).toBe("approved")

        const own = (await api.get(`/store/customers/me/reviews?product_id=${second.id}`, { headers: writer.headers })).data
        expect(own.reviews.map((r: { id: string }) => r.id)).toEqual([later.data.review.id])
        const all = (await api.get("/store/customers/me/reviews", { headers: writer.headers })).data
        expect(all.reviews).toHaveLength(2)

        const edit = await api.post(
          `/store/customers/me/reviews/${later.data.review.id}`,
          { rating: 3, body: "Changed my mind after another month of taking it daily." },
          { headers: writer.headers }
        )
        expect(edit.data.review).toMatchObject({ status: "pending", rating: 3, title: "Works for me" })
        expect((await list(second.id)).reviews.map((r: { id: string }) => r.id)).not.toContain(later.data.review.id)

        // Someone else's review is not theirs to edit.
        const stranger = await customer()
        const foreign = await api.post(`/store/customers/me/reviews/${later.data.review.id}`, { rating: 1 }, { headers: stranger.headers, ...anyStatus })
        expect(foreign.status).toBe(404)
        const empty = await api.post(`/store/customers/me/reviews/${later.data.review.id}`, {}, { headers: writer.headers, ...anyStatus })
        expect(empty.status).toBe(400)
      })
    })

    describe("moderation and the summary", () => {
      it("approve, reject, spam, batch and reply, with the summary following each", async () => {
        const product = unreviewed[0]
        const writers = await Promise.all([1, 2, 3].map(() => customer()))
        const ids: string[] = []
        for (const [index, writer] of writers.entries()) {
          ids.push((await post(product.id, review({ rating: [5, 4, 1][index] }), writer.headers)).data.review.id)
        }
        expect(await summary(product.id)).toEqual({ product_id: product.id, average: 0, count: 0, histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } })

        const queue = (await api.get(`/admin/reviews?status=pending&product_id=${product.id}`, admin)).data
        expect(queue.count).toBe(3)
        expect(queue.reviews[0]).toMatchObject({ email: expect.stringContaining("@example.com"), product: { id: product.id, handle: product.handle } })

        await moderate(ids[0], { status: "approved" })
        await eventually(() => summary(product.id), (s) => expect(s).toMatchObject({ count: 1, average: 5, histogram: { 5: 1 } }))

        const batch = await api.post("/admin/reviews/batch", { ids: [ids[1], ids[2], "rev_unknown"], status: "approved" }, admin)
        expect(batch.data).toEqual({ ids: expect.arrayContaining([ids[1], ids[2]]), status: "approved" })
        expect(batch.data.ids).toHaveLength(2)
        await eventually(
          () => summary(product.id),
          (s) => expect(s).toEqual({ product_id: product.id, count: 3, average: 3.3, histogram: { 1: 1, 2: 0, 3: 0, 4: 1, 5: 1 } })
        )

        await moderate(ids[2], { status: "spam" })
        await eventually(() => summary(product.id), (s) => expect(s).toMatchObject({ count: 2, average: 4.5, histogram: { 1: 0, 4: 1, 5: 1 } }))
        await moderate(ids[1], { status: "rejected" })
        await eventually(() => summary(product.id), (s) => expect(s).toMatchObject({ count: 1, average: 5 }))

        const replied = await moderate(ids[0], { reply: "Thank you, we are glad it helps!" })
        expect(replied.data.review.reply).toEqual({ body: "Thank you, we are glad it helps!", created_at: expect.any(String) })
        expect((await list(product.id)).reviews[0].reply.body).toBe("Thank you, we are glad it helps!")
        await moderate(ids[0], { reply: null })
        expect((await list(product.id)).reviews[0].reply).toBeNull()

        // The summary row is what the storefront's cards read through Medusa's product routes.
        const one = await api.get(`/store/products/${product.id}?fields=+review_summary.*`, store)
        expect(one.data.product.review_summary).toMatchObject({ count: 1, average: 5, rating_5: 1 })
        const listed = await api.get(`/store/products?id=${product.id}&fields=id,+review_summary.*`, store)
        expect(listed.data.products[0].review_summary).toMatchObject({ count: 1, average: 5 })

        expect((await moderate(ids[0], { status: "deleted" })).status).toBe(400)
        expect((await moderate(ids[0], {})).status).toBe(400)
        expect((await moderate("rev_unknown", { status: "approved" })).status).toBe(404)
      })
    })

    describe("the public list", () => {
      let product: Product
      const ids: Record<string, string> = {}

      // Each test starts from the seeded database again (the runner restores it), so each writes its reviews.
      beforeEach(async () => {
        product = unreviewed[1]
        // Written straight into the module: the list's order is the point here, not how reviews arrive.
        const rows = [
          { key: "old-five", rating: 5, helpful_count: 1, at: "2030-01-01" },
          { key: "new-five", rating: 5, helpful_count: 0, at: "2030-01-05" },
          { key: "mid-three", rating: 3, helpful_count: 7, at: "2030-01-03" },
          { key: "one", rating: 1, helpful_count: 2, at: "2030-01-04" },
          { key: "pending", rating: 5, helpful_count: 9, at: "2030-01-06", status: "pending" as const },
        ]
        for (const row of rows) {
          const [created] = await reviews().createReviews([
            {
              product_id: product.id,
              customer_id: `cus_${row.key}`,
              author_name: "Lee T.",
              email: `${row.key}@example.com`,
              rating: row.rating,
              title: row.key,
              body: "A review written for the list's order.",
              status: row.status ?? "approved",
              client_hash: `client-${row.key}`,
              helpful_count: row.helpful_count,
            },
          ])
          ids[row.key] = created.id
          await getContainer()
            .resolve(ContainerRegistrationKeys.PG_CONNECTION)
            .raw("update review set created_at = ? where id = ?", [new Date(row.at), created.id])
        }
      })

      it("sorts by helpful, newest, highest and lowest, filters by rating, pages, and shows approved ones only", async () => {
        const titles = async (query: string) => (await list(product.id, query)).reviews.map((r: { title: string }) => r.title)
        expect(await titles("")).toEqual(["mid-three", "one", "old-five", "new-five"])
        expect(await titles("?sort=newest")).toEqual(["new-five", "one", "mid-three", "old-five"])
        expect(await titles("?sort=highest")).toEqual(["new-five", "old-five", "mid-three", "one"])
        expect(await titles("?sort=lowest")).toEqual(["one", "mid-three", "new-five", "old-five"])
        expect(await titles("?rating=5&sort=newest")).toEqual(["new-five", "old-five"])
        const page = await list(product.id, "?sort=newest&limit=2&offset=2")
        expect(page).toMatchObject({ count: 4, limit: 2, offset: 2 })
        expect(page.reviews.map((r: { title: string }) => r.title)).toEqual(["mid-three", "old-five"])

        const [shown] = (await list(product.id, "?limit=1")).reviews
        expect(Object.keys(shown).sort()).toEqual(
          ["author_name", "body", "created_at", "helpful_count", "id", "rating", "reply", "title", "verified_buyer"].sort()
        )

        for (const query of ["?sort=random", "?rating=6", "?limit=500", "?extra=1", "?rating=abc"]) {
          const { status } = await api.get(`/store/products/${product.id}/reviews${query}`, { ...store, ...anyStatus })
          expect({ query, status }).toEqual({ query, status: 400 })
        }
        const unknown = await api.get("/store/products/prod_unknown/reviews", { ...store, ...anyStatus })
        expect(unknown.status).toBe(404)
        const unknownSummary = await api.get("/store/products/prod_unknown/reviews/summary", { ...store, ...anyStatus })
        expect(unknownSummary.status).toBe(404)
      })

      it("counts helpful votes once per reader, toggles them, keeps the count on the review and refuses a second token from one client", async () => {
        const url = `/store/reviews/${ids["old-five"]}/helpful`
        const client = asNewClient(store.headers)
        const first = await api.post(url, {}, { headers: client })
        expect(first.data).toMatchObject({ helpful_count: 2, voted: true, visitor_token: expect.any(String) })
        const asVisitor = { ...client, "x-visitor-token": first.data.visitor_token }
        expect((await api.post(url, {}, { headers: asVisitor })).data).toEqual({ helpful_count: 1, voted: false })
        expect((await api.post(url, {}, { headers: asVisitor })).data).toEqual({ helpful_count: 2, voted: true })

        // Dropping the token from the same client that day is no second vote.
        const again = await api.post(url, {}, { headers: client, ...anyStatus })
        expect(again.status).toBe(409)

        const reader = await customer()
        expect((await api.post(url, {}, { headers: reader.headers })).data).toEqual({ helpful_count: 3, voted: true })
        // A double click: both land, one vote counts, and the count matches the votes.
        await Promise.all([api.post(url, {}, { headers: reader.headers, ...anyStatus }), api.post(url, {}, { headers: reader.headers, ...anyStatus })])
        const votes = await reviews().listReviewVotes({ review_id: ids["old-five"] })
        expect((await reviews().retrieveReview(ids["old-five"])).helpful_count).toBe(1 + votes.length)

        expect((await api.post(`/store/reviews/${ids.pending}/helpful`, {}, { headers: asNewClient(store.headers), ...anyStatus })).status).toBe(404)
        expect((await api.post("/store/reviews/rev%00x/helpful", {}, { headers: asNewClient(store.headers), ...anyStatus })).status).toBe(404)
      })
    })

    describe("hostile input", () => {
      it("keeps markup as text and refuses control characters, oversize text and unknown fields with 400", async () => {
        const writer = await customer("<b>Eve</b>", "<script>")
        const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"> plain words after the markup'
        const created = await post(products[9].id, review({ title: "<i>Great</i>", body: hostile }), writer.headers)
        expect(created.status).toBe(201)
        expect(created.data.review).toMatchObject({ title: "<i>Great</i>", body: hostile, author_name: "<b>Eve</b> <." })

        // Another account, so the cases below stay within one account's limit.
        const tester = await customer()
        const cases: [Record<string, unknown>, RegExp][] = [
          [review({ body: "Contains a NUL \u0000 character in the middle of it." }), /control characters/],
          [review({ title: "Bell\u0007" }), /control characters/],
          [review({ body: "x".repeat(5001) }), /at most 5000/],
          [review({ body: "Too short" }), /at least 20/],
          [review({ title: "" }), /title/],
          [review({ rating: 0 }), /rating/],
          [review({ rating: 4.5 }), /rating/],
          [review({ admin: true }), /admin/],
          [review({ body: "see http://a.example http://b.example www.c.example for the details" }), /at most 2 links/],
        ]
        for (const [body, message] of cases) {
          const { status, data } = await post(products[10].id, body, asNewClient(tester.headers))
          expect({ body: JSON.stringify(body).slice(0, 60), status }).toEqual({ body: JSON.stringify(body).slice(0, 60), status: 400 })
          expect(data.message).toMatch(message)
        }
        const notJson = await api.post(`/store/products/${products[10].id}/reviews`, "rating=5", {
          headers: { ...asNewClient(writer.headers), "content-type": "text/plain" },
          ...anyStatus,
        })
        expect(notJson.status).toBeGreaterThanOrEqual(400)
        expect(notJson.status).toBeLessThan(500)

        // An id whose % escape does not decode is the client's mistake, not the store's.
        const undecodable = await api.post("/store/reviews/%E0%A4%A/helpful", {}, { headers: asNewClient(store.headers), ...anyStatus })
        expect(undecodable.status).toBe(400)
        expect(undecodable.data.message).toMatch(/not valid/)
      })

      it("files honeypot, too-fast and blocklisted reviews as spam and refuses the same text twice", async () => {
        const writer = await customer()
        expect((await post(products[11].id, review({ website: "http://bot.example" }), writer.headers)).data.review.status).toBe("spam")
        expect((await post(products[12].id, review({ started_at: Date.now() - 500 }), writer.headers)).data.review.status).toBe("spam")
        const blocked = await post(products[13].id, review({ body: "Best casino bonus in town, trust me on this one" }), writer.headers)
        expect(blocked.data.review).toMatchObject({ status: "spam" })
        const body = "Exactly the same words, posted on two products in a row."
        expect((await post(products[14].id, review({ body }), writer.headers)).status).toBe(201)
        const repeated = await post(products[15].id, review({ body: body.toUpperCase() }), writer.headers)
        expect(repeated.status).toBe(422)
        expect(repeated.data.message).toMatch(/already posted/)
      })

      it("answers 401 to guests, and 429 once a client or an account has written too much", async () => {
        const guest = await post(products[0].id, review(), asNewClient(store.headers))
        expect(guest.status).toBe(401)

        const writer = await customer()
        const client = asNewClient(writer.headers)
        for (let i = 0; i < 5; i++) {
          expect((await post(products[16 + i].id, review(), client)).status).toBe(201)
        }
        const limited = await post(products[21].id, review(), client)
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)

        // The account's own limit holds across addresses: five more from new clients, then 429.
        for (let i = 0; i < 5; i++) {
          expect((await post(products[21 + i].id, review(), asNewClient(writer.headers))).status).toBe(201)
        }
        expect((await post(products[26].id, review(), asNewClient(writer.headers))).status).toBe(429)
      })
    })

    describe("the review request mail", () => {
      const orderProduct = async (orderId: string) => {
        const { data } = await api.get(`/admin/orders/${orderId}?fields=items.product_id`, admin)
        return products.find((p) => p.id === data.order.items[0].product_id) ?? (await api.get(`/store/products/${data.order.items[0].product_id}`, store)).data.product
      }

      it("is sent once when the order ships, linking each product not yet reviewed to its review form", async () => {
        const buyer = await customer("Noor", "Haddad")
        const order = await buy(buyer)
        const product = await orderProduct(order.id)
        const items = order.items.map((item) => ({ id: item.id, quantity: item.quantity }))
        const fulfilled = await api.post(`/admin/orders/${order.id}/fulfillments?fields=fulfillments.id`, { items }, admin)
        const fulfillmentId = fulfilled.data.order.fulfillments[0].id
        await api.post(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`, { items }, admin)

        const [mail] = await mailsTo(getContainer(), buyer.email, "review-request")
        expect(mail.data).toMatchObject({
          first_name: "Noor",
          products: [{ title: product.title, url: expect.stringMatching(new RegExp(`/products/${product.handle}#write-review$`)) }],
        })
        // Two weeks on, the job finds it asked already.
        await backdate(getContainer(), order.id, REVIEW_REQUEST_AFTER_DAYS + 1)
        await requestReviews(getContainer())
        expect(await mailsTo(getContainer(), buyer.email, "review-request", 2, 1000)).toHaveLength(1)
      })

      it("is sent by the job 14 days after an unshipped order, once, and never for reviewed products, guests or cancelled orders", async () => {
        const waiting = await customer("Ines", "Moreau")
        const waitingOrder = await buy(waiting)
        const reviewedAll = await customer()
        const reviewedOrder = await buy(reviewedAll)
        await post(reviewedOrder.items[0].product_id, review(), reviewedAll.headers)
        const cancelling = await customer()
        const cancelledOrder = await buy(cancelling)
        await api.post(`/admin/orders/${cancelledOrder.id}/cancel`, {}, admin)
        const guestEmail = `guest-${Date.now()}@example.com`
        const guestOrder = await placeOrder(api, { headers: asNewClient(store.headers) }, { email: guestEmail })
        const recent = await customer()
        await buy(recent)

        for (const id of [waitingOrder.id, reviewedOrder.id, cancelledOrder.id, guestOrder.id]) {
          await backdate(getContainer(), id, REVIEW_REQUEST_AFTER_DAYS + 1)
        }
        await requestReviews(getContainer())
        await requestReviews(getContainer())

        const sent = await mailsTo(getContainer(), waiting.email, "review-request", 2, 1000)
        expect(sent).toHaveLength(1)
        expect(sent[0].data.products[0].url).toMatch(/#write-review$/)
        for (const email of [reviewedAll.email, cancelling.email, guestEmail, recent.email]) {
          expect({ email, sent: await mailsTo(getContainer(), email, "review-request", 1, 0) }).toEqual({ email, sent: [] })
        }
      })
    })
  },
})

/** Moves an order's placing back in time, as if it had been waiting that many days. */
async function backdate(container: MedusaContainer, orderId: string, days: number) {
  await container
    .resolve(ContainerRegistrationKeys.PG_CONNECTION)
    .raw(`update "order" set created_at = now() - make_interval(days => ?) where id = ?`, [days, orderId])
}
