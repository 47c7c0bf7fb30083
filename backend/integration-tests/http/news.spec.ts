import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders, seedAndGetStoreHeaders } from "../helpers/demo-store"
import { trustLoopbackProxy } from "../helpers/forwarded-clients"
import { articles } from "../../src/scripts/seed-data/articles"
import { products } from "../../src/scripts/seed-data/catalog"
import { discounted } from "../../src/scripts/seed-data/store-setup"
import publishScheduledArticles from "../../src/jobs/publish-scheduled-articles"

jest.setTimeout(180_000)

const anyStatus = { validateStatus: () => true }

// Views are counted per client: the visitors of the view test are told apart by X-Forwarded-For.
trustLoopbackProxy()
const published = articles.filter((a) => a.status === "published")
const hidden = articles.filter((a) => a.status !== "published")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })
    beforeEach(async () => {
      admin = await adminHeaders(api)
    })

    describe("store API", () => {
      it("lists published articles only, newest first, with a count", async () => {
        const { data } = await api.get("/store/articles?limit=50", store)
        expect(data.count).toBe(published.length)
        const handles = data.articles.map((a: { handle: string }) => a.handle)
        expect(handles).toEqual(
          [...published].sort((a, b) => a.published_days_ago - b.published_days_ago).map((a) => a.handle)
        )
        for (const draft of hidden) {
          expect(handles).not.toContain(draft.handle)
        }
      })

      it("filters by topic and paginates", async () => {
        const topic = "lyme-disease"
        const expected = published.filter((a) => a.topic === topic).length
        const { data } = await api.get(`/store/articles?topic=${topic}&limit=2&offset=1`, store)
        expect(data).toMatchObject({ count: expected, limit: 2, offset: 1 })
        expect(data.articles).toHaveLength(Math.min(2, expected - 1))
        expect(data.articles.every((a: { topic: { handle: string } }) => a.topic.handle === topic)).toBe(true)
      })

      it("never shows drafts or scheduled articles, and answers 404 for unknown handles", async () => {
        for (const article of [...hidden, { handle: "no-such-article" }]) {
          const { status, data } = await api.get(`/store/articles/${article.handle}`, { ...store, ...anyStatus })
          expect({ handle: article.handle, status }).toEqual({ handle: article.handle, status: 404 })
          expect(data.type).toBe("not_found")
        }
      })

      it("serves an article with its featured products in order, priced for the region", async () => {
        const article = published.find((a) => a.featured_products.length >= 3)!
        const { data } = await api.get(`/store/articles/${article.handle}`, store)
        expect(data.article.body).toBe(article.body)
        expect(data.article.featured_products.map((p: { handle: string }) => p.handle)).toEqual(article.featured_products)
        for (const product of data.article.featured_products) {
          const seeded = products.find((p) => p.handle === product.handle)!
          const expected = seeded.deal_percent_off
            ? discounted(seeded.variants[0].price, seeded.deal_percent_off)
            : seeded.variants[0].price
          const variant = product.variants.find((v: { title: string }) => v.title === seeded.variants[0].title)
          expect(variant.calculated_price.calculated_amount).toBe(expected)
        }
      })

      it("rejects malformed parameters with 400", async () => {
        for (const query of ["limit=0", "limit=51", "offset=-1", "topic=Not%20A%20Handle", "extra=1"]) {
          const { status, data } = await api.get(`/store/articles?${query}`, { ...store, ...anyStatus })
          expect({ query, status }).toEqual({ query, status: 400 })
          expect(data.message).toEqual(expect.any(String))
        }
      })

      it("counts a view once per visitor per day, whatever the user agent, and ranks it in trending", async () => {
        const quiet = [...published].sort((a, b) => b.published_days_ago - a.published_days_ago)[0]
        const visitor = (address: string, userAgent = "a-browser") => ({
          headers: { ...store.headers, "x-forwarded-for": address, "user-agent": userAgent },
        })
        const view = (from: ReturnType<typeof visitor>) => api.post(`/store/articles/${quiet.handle}/views`, {}, from)
        const first = await view(visitor("198.51.100.7"))
        const again = await view(visitor("198.51.100.7"))
        const otherBrowser = await view(visitor("198.51.100.7", "another-browser"))
        const otherVisitor = await view(visitor("198.51.100.8"))
        expect([first, again, otherBrowser, otherVisitor].map((answer) => answer.data.counted)).toEqual([true, false, false, true])

        const { data } = await api.get(`/store/articles/${quiet.handle}`, store)
        expect(data.article.view_count).toBe(2)

        const { data: trending } = await api.get("/store/articles/trending?limit=5", store)
        expect(trending.articles.map((a: { handle: string }) => a.handle)).toContain(quiet.handle)
      })

      it("lists topics with article counts and the articles featuring a product", async () => {
        const { data } = await api.get("/store/topics", store)
        const lyme = data.topics.find((t: { handle: string }) => t.handle === "lyme-disease")
        expect(lyme.article_count).toBe(published.filter((a) => a.topic === "lyme-disease").length)

        const featuredHandle = published[0].featured_products[0]
        const { data: found } = await api.get(`/store/products?handle=${featuredHandle}&fields=id`, store)
        const { data: related } = await api.get(`/store/products/${found.products[0].id}/articles`, store)
        const expected = published.filter((a) => a.featured_products.includes(featuredHandle)).map((a) => a.handle)
        expect(related.articles.map((a: { handle: string }) => a.handle).sort()).toEqual(expected.sort())
      })
    })

    describe("admin API and scheduling", () => {
      async function topicAndAuthor() {
        const { data: topics } = await api.get("/admin/topics", admin)
        const { data: authors } = await api.get("/admin/authors", admin)
        return { topic_id: topics.topics[0].id, author_id: authors.authors[0].id }
      }

      it("refuses an article without a title, or scheduled in the past, with 400 and a message", async () => {
        const refs = await topicAndAuthor()
        const noTitle = await api.post("/admin/articles", { handle: "untitled", ...refs }, { ...admin, ...anyStatus })
        expect(noTitle.status).toBe(400)
        expect(noTitle.data).toMatchObject({ type: "invalid_data", fields: { title: "Enter a title" } })

        const past = await api.post(
          "/admin/articles",
          { title: "Late", handle: "late", status: "scheduled", published_at: "2020-01-01T00:00:00Z", ...refs },
          { ...admin, ...anyStatus }
        )
        expect(past.status).toBe(400)
        expect(past.data.message).toMatch(/published_at in the future/)

        const unknownTopic = await api.post(
          "/admin/articles",
          { title: "Orphan", handle: "orphan", topic_id: "topic_nope", author_id: refs.author_id },
          { ...admin, ...anyStatus }
        )
        expect(unknownTopic.status).toBe(400)
        expect(unknownTopic.data.message).toMatch(/topic topic_nope/)
      })

      it("publishes a scheduled article when the job runs after its time", async () => {
        const refs = await topicAndAuthor()
        const at = new Date(Date.now() + 1500)
        const { data } = await api.post(
          "/admin/articles",
          { title: "Coming soon", handle: "coming-soon", body: "Soon.", status: "scheduled", published_at: at.toISOString(), ...refs },
          admin
        )
        expect(data.article.status).toBe("scheduled")

        await publishScheduledArticles(getContainer())
        expect((await api.get("/store/articles/coming-soon", { ...store, ...anyStatus })).status).toBe(404)

        await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100))
        await publishScheduledArticles(getContainer())
        const { status, data: live } = await api.get("/store/articles/coming-soon", { ...store, ...anyStatus })
        expect(status).toBe(200)
        expect(live.article.title).toBe("Coming soon")
      })

      it("edits featured products in order, unpublishes and publishes", async () => {
        const article = published[0]
        const { data: list } = await api.get(`/admin/articles?q=${encodeURIComponent(article.title)}`, admin)
        const id = list.articles.find((a: { handle: string }) => a.handle === article.handle).id
        const { data: picks } = await api.get("/admin/products?limit=3&fields=id,handle&order=title", admin)
        const ids = picks.products.map((p: { id: string }) => p.id).reverse()

        const { data: edited } = await api.post(`/admin/articles/${id}`, { featured_product_ids: ids }, admin)
        expect(edited.article.featured_products.map((p: { id: string }) => p.id)).toEqual(ids)

        await api.post(`/admin/articles/${id}`, { status: "draft" }, admin)
        expect((await api.get(`/store/articles/${article.handle}`, { ...store, ...anyStatus })).status).toBe(404)

        await api.post(`/admin/articles/${id}`, { status: "published" }, admin)
        const { data } = await api.get(`/store/articles/${article.handle}`, store)
        expect(data.article.featured_products.map((p: { id: string }) => p.id)).toEqual(ids)
      })

      it("creates topics and authors, and deletes an article: 404 when unknown, undone when its event cannot be sent", async () => {
        const topic = await api.post("/admin/topics", { name: "Sleep", handle: "sleep" }, admin)
        const author = await api.post("/admin/authors", { name: "Nora Night", handle: "nora-night" }, admin)
        expect([topic.status, author.status]).toEqual([201, 201])
        expect(topic.data.topic).toMatchObject({ id: expect.stringMatching(/^topic_/), handle: "sleep" })
        const { data } = await api.post(
          "/admin/articles",
          { title: "Short-lived", handle: "short-lived", body: "Gone soon.", status: "published", topic_id: topic.data.topic.id, author_id: author.data.author.id },
          admin
        )
        const storePage = async () => (await api.get("/store/articles/short-lived", { ...store, ...anyStatus })).status
        expect(await storePage()).toBe(200)

        expect((await api.delete("/admin/articles/art_nope", { ...admin, ...anyStatus })).status).toBe(404)

        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const emit = eventBus.emit.bind(eventBus)
        const down = jest.spyOn(eventBus, "emit").mockImplementation(async (messages, options) => {
          if ([messages].flat().some((message) => message.name === "article.deleted")) {
            throw new Error("event bus down")
          }
          return emit(messages, options)
        })
        const failed = await api.delete(`/admin/articles/${data.article.id}`, { ...admin, ...anyStatus })
        down.mockRestore()
        expect(failed.status).toBe(500)
        expect(await storePage()).toBe(200)

        const deleted = await api.delete(`/admin/articles/${data.article.id}`, admin)
        expect(deleted.data).toEqual({ id: data.article.id, object: "article", deleted: true })
        expect(await storePage()).toBe(404)
      })
    })
  },
})
