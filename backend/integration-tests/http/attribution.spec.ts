import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type ArticlePerformanceRow, type ContentPerformanceResponse, type OrderAttributionResponse, VISITOR_TOKEN_HEADER } from "@supplement-store/contract"
import { adminHeaders, placeOrder, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { eventually } from "../helpers/eventually"
import { articles } from "../../src/scripts/seed-data/articles"
import pruneAttribution from "../../src/jobs/prune-attribution"
import { ATTRIBUTION_MODULE } from "../../src/modules/attribution"
import type AttributionModuleService from "../../src/modules/attribution/service"
import { settleOrderAttributionWorkflow } from "../../src/workflows/attribution/settle-order-attribution"

jest.setTimeout(240_000)

const anyStatus = { validateStatus: () => true }
const DAY_MS = 86_400_000
const published = articles.filter((a) => a.status === "published" && a.featured_products.length)
const draft = articles.find((a) => a.status === "draft")!

type Article = { id: string; handle: string; featured: string[] }
const ZERO = { readers: 0, clicks: 0, add_to_carts: 0, orders: 0, assisted_orders: 0, revenue_last: 0, revenue_shared: 0 }

/** First-party attribution: reads and clicks to carts and orders, opt-out, and the content performance numbers. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    const byHandle = new Map<string, Article>()

    const attribution = () => getContainer().resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    const as = (token?: string, extra: Record<string, string> = {}) => ({
      headers: { ...store.headers, ...(token ? { [VISITOR_TOKEN_HEADER]: token } : {}), ...extra },
      ...anyStatus,
    })
    const read = (handle: string, token?: string, extra?: Record<string, string>) =>
      api.post("/store/attribution/reads", { article_handle: handle }, as(token, extra))
    const click = (handle: string, productId: string, token?: string, extra?: Record<string, string>) =>
      api.post("/store/attribution/clicks", { article_handle: handle, product_id: productId }, as(token, extra))
    const addedToCart = (cartId: string, productId: string, token?: string, extra?: Record<string, string>) =>
      api.post(`/store/carts/${cartId}/attribution`, { product_id: productId }, as(token, extra))
    /** A new visitor who read `handle`: their token. */
    const newReader = async (handle: string) => {
      const { status, data } = await read(handle)
      expect(status).toBe(200)
      expect(data).toEqual({ recorded: true, visitor_token: expect.any(String) })
      return data.visitor_token as string
    }
    const report = async (query = "") => (await api.get(`/admin/content-performance${query}`, admin)).data as ContentPerformanceResponse
    const numbersOf = (page: ContentPerformanceResponse, articleId: string) => {
      const row = page.articles.find((a) => a.article_id === articleId)
      return row ? pick(row) : ZERO
    }
    const pick = (row: ArticlePerformanceRow | typeof ZERO) => ({
      readers: row.readers,
      clicks: row.clicks,
      add_to_carts: row.add_to_carts,
      orders: row.orders,
      assisted_orders: row.assisted_orders,
      revenue_last: row.revenue_last,
      revenue_shared: row.revenue_shared,
    })
    const cents = (amount: number) => Math.round(amount * 100) / 100
    const article = (index: number) => byHandle.get(published[index].handle)!

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      for (const { handle } of published.slice(0, 10)) {
        const { data } = await api.get(`/store/articles/${handle}`, store)
        byHandle.set(handle, { id: data.article.id, handle, featured: data.article.featured_products.map((p: { id: string }) => p.id) })
      }
    }, 480_000)
    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    it("refuses bad bodies with 400 naming the field, and unknown articles, unfeatured products and carts", async () => {
      const a = article(0)
      const missing = await api.post("/store/attribution/reads", {}, as())
      expect(missing.status).toBe(400)
      expect(missing.data).toMatchObject({ type: "invalid_data", fields: { article_handle: expect.any(String) } })
      const extra = await api.post("/store/attribution/reads", { article_handle: a.handle, user_agent: "x" }, as())
      expect(extra.status).toBe(400)
      expect(Object.keys(extra.data.fields)).toEqual(["user_agent"])
      const badProduct = await click(a.handle, "variant_123")
      expect(badProduct.status).toBe(400)
      expect(Object.keys(badProduct.data.fields)).toEqual(["product_id"])
      expect((await api.post("/store/carts/cart_x/attribution", {}, as())).status).toBe(400)

      for (const handle of ["no-such-article", draft.handle]) {
        const { status, data } = await read(handle)
        expect({ handle, status, type: data.type }).toEqual({ handle, status: 404, type: "not_found" })
      }
      const notFeatured = article(1).featured.find((id) => !a.featured.includes(id))!
      const unfeatured = await click(a.handle, notFeatured)
      expect(unfeatured.status).toBe(400)
      expect(unfeatured.data.fields).toEqual({ product_id: "This article does not feature this product" })
      const noCart = await addedToCart("cart_01NOSUCHCART", a.featured[0])
      expect(noCart.status).toBe(404)

      expect((await api.get("/admin/content-performance?from=2026-13-01", { ...admin, ...anyStatus })).status).toBe(400)
      const reversed = await api.get("/admin/content-performance?from=2026-02-01&to=2026-01-01", { ...admin, ...anyStatus })
      expect(reversed.status).toBe(400)
      expect(reversed.data.fields).toEqual({ from: "from must not be after to" })
      // Nothing of the refused requests was stored.
      expect(await attribution().listArticleClicks({}, { select: ["id"] })).toEqual([])
      expect(await attribution().listCartAttributions({}, { select: ["id"] })).toEqual([])
    })

    it("records nothing and mints no token for a reader who sends DNT or GPC", async () => {
      const a = article(2)
      const token = await newReader(a.handle)
      const before = await attribution().listArticleReads({}, { select: ["id", "read_at"] })
      const { data: regions } = await api.get("/store/regions", store)
      const { data: cart } = await api.post("/store/carts", { region_id: regions.regions[0].id }, store)

      for (const optOut of [{ dnt: "1" }, { "sec-gpc": "1" }] as Record<string, string>[]) {
        for (const answer of [
          await read(article(3).handle, undefined, optOut),
          await read(a.handle, token, optOut),
          await click(a.handle, a.featured[0], token, optOut),
          await addedToCart(cart.cart.id, a.featured[0], token, optOut),
        ]) {
          expect({ status: answer.status, data: answer.data }).toEqual({ status: 200, data: { recorded: false } })
        }
      }
      expect(await attribution().listArticleReads({}, { select: ["id", "read_at"] })).toEqual(before)
      expect(await attribution().listArticleClicks({}, { select: ["id"] })).toEqual([])
      expect(await attribution().listCartAttributions({ cart_id: cart.cart.id }, { select: ["id"] })).toEqual([])
      const page = await report()
      expect(numbersOf(page, a.id)).toEqual({ ...ZERO, readers: 1 })
      expect(numbersOf(page, article(3).id)).toEqual(ZERO)
    })

    it("carries reads and a click to the cart and its order; counts a reader once a day", async () => {
      const [first, last] = [article(4), article(5)]
      const token = await newReader(first.handle)
      expect((await read(first.handle, token)).data).toEqual({ recorded: true })
      expect((await read(last.handle, token)).data).toEqual({ recorded: true })
      const productId = last.featured[0]
      expect((await click(last.handle, productId, token)).data).toEqual({ recorded: true })

      const order = await placeOrder(api, store, {
        email: "reader@example.com",
        product_id: productId,
        afterAddingItem: async (cartId) => {
          // The storefront calls after every add-to-cart; only the first counts one.
          expect((await addedToCart(cartId, productId, token)).data).toEqual({ recorded: true })
          expect((await addedToCart(cartId, productId, token)).data).toEqual({ recorded: true })
        },
      })
      const total = order.total
      expect(total).toBeGreaterThan(0)

      // The order is settled by a subscriber, after the checkout answered.
      const { data } = await eventually(
        () => api.get(`/admin/orders/${order.id}/attribution`, admin) as Promise<{ data: OrderAttributionResponse }>,
        ({ data }) => expect(data.attribution?.revenue).toBeGreaterThan(0)
      )
      const summary = (a: Article) => ({ id: a.id, handle: a.handle, title: expect.any(String) })
      expect(data.attribution).toEqual({
        last_article: summary(last),
        articles: [summary(last), summary(first)],
        clicked: [{ product_id: productId, article: summary(last) }],
        revenue: total,
        currency_code: "usd",
      })

      const page = await eventually(report, (page) => expect(numbersOf(page, last.id).orders).toBe(1))
      expect(numbersOf(page, last.id)).toEqual({
        readers: 1,
        clicks: 1,
        add_to_carts: 1,
        orders: 1,
        assisted_orders: 1,
        revenue_last: cents(total),
        revenue_shared: cents(total / 2),
      })
      expect(numbersOf(page, first.id)).toEqual({ ...ZERO, readers: 1, assisted_orders: 1, revenue_shared: cents(total / 2) })
      const lastRow = page.articles.find((a) => a.article_id === last.id)!
      expect(lastRow.conversion_rate).toBe(1)
      expect(page.articles[0].revenue_last).toBeGreaterThanOrEqual(page.articles[page.articles.length - 1].revenue_last)
      expect(page.topics.find((t) => t.topic_id === lastRow.topic_id)).toMatchObject({ topic_name: lastRow.topic_name, orders: expect.any(Number) })
      expect(page.series).toContainEqual(expect.objectContaining({ topic_id: lastRow.topic_id, revenue_last: expect.any(Number) }))

      const today = new Date().toISOString().slice(0, 10)
      const { data: own } = await api.get(`/admin/articles/${last.id}/performance`, admin)
      expect(own.performance).toMatchObject({ orders: 1, readers: 1, revenue_last: cents(total) })
      expect(own.days).toEqual([expect.objectContaining({ day: today, orders: 1 })])
      const missing = await api.get("/admin/articles/art_nosuch/performance", { ...admin, ...anyStatus })
      expect(missing.status).toBe(404)

      const csv = await api.get(`/admin/content-performance/export?group=topic&to=${today}`, admin)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      expect(csv.headers["content-disposition"]).toMatch(new RegExp(`attachment; filename="content-performance-topic-\\d{4}-\\d{2}-\\d{2}-${today}\\.csv"`))
      const [header, ...lines] = String(csv.data).trim().split("\n")
      expect(header).toBe(
        ["topic_id", "topic_name", "readers", "clicks", "add_to_carts", "orders", "assisted_orders", "revenue_last", "revenue_shared", "conversion_rate", "currency_code"]
          .map((name) => `"${name}"`)
          .join(",")
      )
      expect(lines).toContainEqual(expect.stringContaining(`"${lastRow.topic_name}"`))
    })

    it("credits the article read last before the first add-to-cart, and shares revenue among the window's reads only", async () => {
      const [lastBeforeCart, earlier, tooOld, afterCart] = [article(6), article(7), article(8), article(9)]
      const token = await newReader(lastBeforeCart.handle)
      const visitorId = token.split(".")[0]
      // A history: read two days ago, and nine days ago (outside the seven-day window).
      await attribution().recordRead({ visitor_id: visitorId, article_id: earlier.id, topic_id: null, read_at: new Date(Date.now() - 2 * DAY_MS) })
      await attribution().recordRead({ visitor_id: visitorId, article_id: tooOld.id, topic_id: null, read_at: new Date(Date.now() - 9 * DAY_MS) })

      const order = await placeOrder(api, store, {
        email: "history@example.com",
        afterAddingItem: async (cartId, productId) => {
          await addedToCart(cartId, productId, token)
          // Read after the first add-to-cart: shares the revenue, but is not the last article.
          await read(afterCart.handle, token)
          await addedToCart(cartId, productId, token)
        },
      })
      const share = cents(order.total / 3)
      const page = await eventually(report, (page) => expect(numbersOf(page, lastBeforeCart.id).orders).toBe(1))
      expect(numbersOf(page, lastBeforeCart.id)).toMatchObject({ add_to_carts: 1, orders: 1, assisted_orders: 1, revenue_last: cents(order.total), revenue_shared: share })
      expect(numbersOf(page, afterCart.id)).toMatchObject({ add_to_carts: 0, orders: 0, assisted_orders: 1, revenue_last: 0, revenue_shared: share })
      expect(numbersOf(page, earlier.id)).toMatchObject({ orders: 0, assisted_orders: 1, revenue_shared: share })
      expect(numbersOf(page, tooOld.id)).toEqual(ZERO)
    })

    it("takes a cancelled order off, keeps a refunded order's revenue less the refund, and never counts twice", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const [cancelled, refunded] = [article(0), article(1)]
      const buy = async (a: Article, email: string) => {
        const token = await newReader(a.handle)
        return placeOrder(api, store, { email, afterAddingItem: (cartId, productId) => addedToCart(cartId, productId, token) })
      }
      const first = await buy(cancelled, "cancels@example.com")
      await eventually(report, (page) => expect(numbersOf(page, cancelled.id).orders).toBe(1))
      expect((await api.post(`/admin/orders/${first.id}/cancel`, {}, admin)).status).toBe(200)
      const afterCancel = await eventually(report, (page) => expect(numbersOf(page, cancelled.id).orders).toBe(0))
      expect(numbersOf(afterCancel, cancelled.id)).toMatchObject({ add_to_carts: 1, orders: 0, assisted_orders: 0, revenue_last: 0, revenue_shared: 0 })
      expect((await api.get(`/admin/orders/${first.id}/attribution`, admin)).data.attribution).toMatchObject({ revenue: 0 })

      const second = await buy(refunded, "refunds@example.com")
      await eventually(report, (page) => expect(numbersOf(page, refunded.id).revenue_last).toBe(cents(second.total)))
      const { data: orders } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: second.id } })
      const paymentId = orders[0].payment_collections![0]!.payments![0]!.id
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 5 }, admin)
      const afterRefund = await eventually(report, (page) =>
        expect(numbersOf(page, refunded.id).revenue_last).toBe(cents(second.total - 5))
      )
      expect(numbersOf(afterRefund, refunded.id)).toMatchObject({ orders: 1, assisted_orders: 1, revenue_shared: cents(second.total - 5) })

      // Events can arrive again: settling an order once more changes nothing.
      await settleOrderAttributionWorkflow(getContainer()).run({ input: { order_id: second.id } })
      await settleOrderAttributionWorkflow(getContainer()).run({ input: { order_id: first.id } })
      const again = await report()
      expect(numbersOf(again, refunded.id)).toEqual(numbersOf(afterRefund, refunded.id))
      expect(numbersOf(again, cancelled.id)).toEqual(numbersOf(afterCancel, cancelled.id))
    })

    it("prunes reads and clicks older than the window every day", async () => {
      const old = new Date(Date.now() - 8 * DAY_MS)
      const stale = await attribution().recordRead({ visitor_id: "visitor-old", article_id: article(0).id, topic_id: null, read_at: old })
      const fresh = await attribution().recordRead({ visitor_id: "visitor-old", article_id: article(1).id, topic_id: null, read_at: new Date() })
      const staleClick = await attribution().createArticleClicks({ visitor_id: "visitor-old", article_id: article(0).id, product_id: "prod_old", clicked_at: old })
      await pruneAttribution(getContainer())
      const left = await attribution().listArticleReads({ visitor_id: "visitor-old" }, { select: ["id"] })
      expect(left.map((r) => r.id)).toEqual([fresh.id])
      expect(stale.id).not.toBe(fresh.id)
      expect(await attribution().listArticleClicks({ id: staleClick.id })).toEqual([])
    })
  },
})
