import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { articles } from "../../src/scripts/seed-data/articles"
import { reviews } from "../../src/scripts/seed-data/reviews"
import { COMMUNITY_MODULE } from "../../src/modules/community"
import { ForumEvents } from "../../src/modules/community/forum-events"
import type CommunityModuleService from "../../src/modules/community/service"
import { refreshForumActivityWorkflow } from "../../src/workflows/community/refresh-forum-activity"
import { adminHeaders, registerCustomer, seedAndGetStoreHeaders } from "./demo-store"

type Api = {
  get: Function
  post: Function
  delete: Function
}
type Hit = { id: string; document: Record<string, any> }
type Result = { hits: Hit[]; facets?: Record<string, any>; metadata: { count: number | null; query?: string } }

const anyStatus = { validateStatus: () => true }

/** Polls until `check` passes: index sync runs in event subscribers, after the admin call answers. */
async function eventually(check: () => Promise<void>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
}

/**
 * The search behaviour every provider must show, through `POST /store/search` as the storefront
 * calls it. `expectedProvider` is checked so a run can't silently test the wrong engine.
 */
export function searchBehaviour({
  api,
  getContainer,
  expectedProvider,
}: {
  api: Api
  getContainer: () => MedusaContainer
  expectedProvider: string
}) {
  let store: { headers: Record<string, string> }
  let admin: { headers: Record<string, string> }

  const searchModule = () => getContainer().resolve<SearchTypes.ISearchModuleService>(Modules.SEARCH)

  async function searchOne(entity: "product" | "article" | "forum_thread", q: string, options: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
    const { data } = await api.post(
      "/store/search",
      { queries: [{ entity, filters: { q, ...(extra.filters as object) }, search_options: { typo_tolerance: true, ...options }, pagination: extra.pagination ?? { take: 10 } }] },
      store
    )
    return data.results[0] as Result
  }
  const titles = (result: Result) => result.hits.map((hit) => hit.document.title as string)

  // The demo seed (with its reviewers' orders and reviews) and a full reindex take minutes on a busy two-core machine.
  beforeAll(async () => {
    store = await seedAndGetStoreHeaders(getContainer())
    // The seed's own events fill the indexes too; a reindex makes the starting point certain.
    await searchModule().reindex({})
  }, 480_000)
  beforeEach(async () => {
    admin = await adminHeaders(api)
  })

  it(`runs on the ${expectedProvider} provider`, async () => {
    const indexes = await searchModule().listIndexes()
    console.log(`[search tests] provider under test: ${indexes.map((i) => `${i.name} → ${i.provider}`).join(", ")}`)
    expect(indexes.map((i) => [i.name, i.provider, i.status]).sort()).toEqual([
      ["article", expectedProvider, "ready"],
      ["forum_thread", expectedProvider, "ready"],
      ["product", expectedProvider, "ready"],
    ])
  })

  describe("matching", () => {
    it("finds an exact title first", async () => {
      expect(titles(await searchOne("product", "Benfotiamine"))[0]).toBe("Benfotiamine 150 mg")
    })

    it("matches a prefix as you type", async () => {
      const result = await searchOne("product", "benfot", { match_strategy: "last", typo_tolerance: false })
      expect(titles(result)).toContain("Benfotiamine 150 mg")
    })

    it("tolerates one typo", async () => {
      const top = titles(await searchOne("product", "magnesum")).slice(0, 5)
      expect(top.some((title) => title.includes("Magnesium"))).toBe(true)
      expect(titles(await searchOne("product", "benfotiamne")).slice(0, 5)).toContain("Benfotiamine 150 mg")
    })

    it("tolerates two typos", async () => {
      expect(titles(await searchOne("product", "magnesiun glycinade")).slice(0, 5)).toContain("Tranquil Magnesium Glycinate 200 mg")
      expect(titles(await searchOne("product", "bennfotiamin")).slice(0, 5)).toContain("Benfotiamine 150 mg")
    })

    it("reads words as shoppers type them: swapped and dropped letters in short words, joined and split names", async () => {
      const top = async (q: string) => titles(await searchOne("product", q)).slice(0, 5)
      expect(await top("rieshi")).toContain("Reishi Mushroom Extract")
      expect(await top("ashwagnadha")).toContain("Ashwagandha Root Extract")
      for (const q of ["5htp", "5-htp", "5 htp"]) {
        expect({ q, top: await top(q) }).toEqual({ q, top: expect.arrayContaining(["5-HTP 100 mg"]) })
      }
      expect(await top("coq 10")).toContain("Ubiquinol CoQ10 100 mg")
      expect(await top("lions mane")).toEqual(expect.arrayContaining([expect.stringMatching(/Lion's Mane/)]))
      if (expectedProvider === "search-postgres") {
        // The correction is what the search page offers as "Did you mean".
        expect((await searchOne("product", "rieshi")).metadata).toMatchObject({ query: "reishi" })
        expect((await searchOne("product", "Reishi")).metadata).toMatchObject({ query: "Reishi" })
      }
    })

    it("finds articles for a misspelt phrase", async () => {
      const result = await searchOne("article", "chronic fatige")
      expect(result.hits.length).toBeGreaterThan(0)
      expect(result.hits.slice(0, 5).some((hit) => hit.document.topic === "Chronic Fatigue Syndrome & ME")).toBe(true)
    })

    it("does not match unrelated words with typo tolerance off", async () => {
      const result = await searchOne("product", "magnesum", { typo_tolerance: false })
      expect(result.hits).toHaveLength(0)
    })

    it("knows synonyms: ubiquinone finds the ubiquinol CoQ10, myalgic encephalomyelitis finds ME/CFS articles", async () => {
      const coq10 = await searchOne("product", "ubiquinone", { typo_tolerance: false })
      expect(titles(coq10)).toContain("Ubiquinol CoQ10 100 mg")
      const me = await searchOne("article", "myalgic encephalomyelitis", { typo_tolerance: false })
      const withoutTheWords = me.hits.filter((hit) => !/myalgic/i.test(`${hit.document.title} ${hit.document.summary}`))
      expect(withoutTheWords.length).toBeGreaterThan(0)
    })
  })

  describe("documents, facets and filters", () => {
    it("returns prices, club prices and stock, and never drafts", async () => {
      const result = await searchOne("product", "magnesium", { typo_tolerance: false })
      for (const hit of result.hits) {
        expect(hit.document).toMatchObject({ currency_code: "usd", in_stock: true })
        expect(hit.document.price).toBeGreaterThan(0)
        expect(hit.document.club_price).toBeLessThan(hit.document.price)
        expect(hit.document.synonyms).toBeUndefined()
      }
      for (const hidden of articles.filter((a) => a.status !== "published")) {
        const found = await searchOne("article", hidden.title, { typo_tolerance: false })
        expect(titles(found)).not.toContain(hidden.title)
      }
    })

    it("computes brand, category, stock and price facets scoped to the query", async () => {
      const result = await searchOne("product", "magnesium", {
        typo_tolerance: false,
        facets: ["brand", "categories", "in_stock", { field: "price", type: "range", ranges: [{ key: "under-20", to: 20 }, { key: "20-plus", from: 20 }] }],
      })
      const brandCounts = result.facets!.brand.values.reduce((sum: number, v: { count: number }) => sum + v.count, 0)
      expect(brandCounts).toBe(result.metadata.count)
      expect(result.facets!.categories.values.length).toBeGreaterThan(0)
      const priceCounts = result.facets!.price.ranges.reduce((sum: number, r: { count: number }) => sum + r.count, 0)
      expect(priceCounts).toBe(result.metadata.count)
    })

    it("filters by brand, price and topic", async () => {
      const all = await searchOne("product", "magnesium", { typo_tolerance: false, facets: ["brand"] })
      const brand = all.facets!.brand.values[0].value
      const byBrand = await searchOne("product", "magnesium", { typo_tolerance: false }, { filters: { brand: { $in: [brand] } } })
      expect(byBrand.hits.length).toBe(all.facets!.brand.values[0].count)
      expect(byBrand.hits.every((hit) => hit.document.brand === brand)).toBe(true)

      const cheap = await searchOne("product", "magnesium", { typo_tolerance: false }, { filters: { price: { $lte: 20 } } })
      expect(cheap.hits.length).toBeGreaterThan(0)
      expect(cheap.hits.every((hit) => hit.document.price <= 20)).toBe(true)

      const lyme = await searchOne("article", "", {}, { filters: { topic_handle: "lyme-disease" }, pagination: { take: 50 } })
      const expected = articles.filter((a) => a.status === "published" && a.topic === "lyme-disease").length
      expect(lyme.hits).toHaveLength(expected)
    })

    it("carries each product's rating and review count, filters, facets and sorts by rating", async () => {
      const all = await searchOne("product", "", {}, { pagination: { take: 50 } })
      const rated = all.hits.filter((hit) => hit.document.review_count > 0)
      expect(rated.length).toBeGreaterThan(10)
      // The document holds the summary the product's reviews show: average to one decimal, approved count.
      const { data } = await api.get(`/store/products/${rated[0].id}/reviews/summary`, store)
      expect(rated[0].document).toMatchObject({ rating: data.summary.average, review_count: data.summary.count })
      expect(all.hits.filter((hit) => hit.document.review_count === 0).every((hit) => hit.document.rating === 0)).toBe(true)

      const floors = [4, 3, 2, 1].map((from) => ({ key: String(from), from }))
      const faceted = await searchOne("product", "", { facets: [{ field: "rating", type: "range", ranges: floors }] }, { pagination: { take: 1 } })
      const counts = Object.fromEntries(faceted.facets!.rating.ranges.map((r: { key: string; count: number }) => [r.key, r.count]))
      expect(counts["4"]).toBeGreaterThan(0)
      expect(counts["4"]).toBeLessThan(counts["1"])
      expect(counts["1"]).toBeLessThan(faceted.metadata.count!)

      const fourUp = await searchOne("product", "", {}, { filters: { rating: { $gte: 4 } }, pagination: { take: 50 } })
      expect(fourUp.metadata.count).toBe(counts["4"])
      expect(fourUp.hits.every((hit) => hit.document.rating >= 4)).toBe(true)

      const top = await searchOne("product", "", {}, { pagination: { take: 20, order: { rating: "DESC", review_count: "DESC" } } })
      const ratings = top.hits.map((hit) => hit.document.rating as number)
      expect(ratings).toEqual([...ratings].sort((a, b) => b - a))
      expect(ratings[0]).toBe(5)
      const lowest = await searchOne("product", "", {}, { filters: { rating: { $gt: 0 } }, pagination: { take: 1, order: { rating: "ASC" } } })
      expect(lowest.hits[0].document.rating).toBeLessThan(ratings[0])
    })

    it("pages results", async () => {
      const first = await searchOne("product", "", {}, { pagination: { take: 5, skip: 0 } })
      const second = await searchOne("product", "", {}, { pagination: { take: 5, skip: 5 } })
      expect(first.hits).toHaveLength(5)
      expect(second.hits.map((h) => h.id)).not.toContain(first.hits[0].id)
    })
  })

  describe("sync", () => {
    it("follows product edits and deletes", async () => {
      const [hit] = (await searchOne("product", "Benfotiamine")).hits
      await api.post(`/admin/products/${hit.id}`, { title: "Zephyrine Nerve Support" }, admin)
      await eventually(async () => {
        expect(titles(await searchOne("product", "zephyrine", { typo_tolerance: false }))).toEqual(["Zephyrine Nerve Support"])
      })
      await api.delete(`/admin/products/${hit.id}`, admin)
      await eventually(async () => {
        expect((await searchOne("product", "zephyrine")).hits.map((h) => h.id)).not.toContain(hit.id)
      })
    })

    it("follows article edits, unpublishing and deletes", async () => {
      const { data } = await api.get("/admin/articles?limit=2&status=published", admin)
      const [edited, deleted] = data.articles as { id: string; title: string }[]
      await api.post(`/admin/articles/${edited.id}`, { title: "Quillwort Extract Under Review" }, admin)
      await eventually(async () => {
        expect(titles(await searchOne("article", "quillwort", { typo_tolerance: false }))).toEqual(["Quillwort Extract Under Review"])
      })
      await api.post(`/admin/articles/${edited.id}`, { status: "draft" }, admin)
      await eventually(async () => {
        expect((await searchOne("article", "quillwort")).hits.map((h) => h.id)).not.toContain(edited.id)
      })
      await api.delete(`/admin/articles/${deleted.id}`, admin)
      await eventually(async () => {
        expect((await searchOne("article", deleted.title)).hits.map((h) => h.id)).not.toContain(deleted.id)
      })
    })

    it("follows price and stock changes", async () => {
      const [hit] = (await searchOne("product", "PQQ", { typo_tolerance: false })).hits
      expect(hit.document).toMatchObject({ title: "PQQ 20 mg", price: 29.95, in_stock: true })
      const { data } = await api.get(`/admin/products/${hit.id}?fields=variants.id,variants.inventory_items.inventory_item_id`, admin)
      const variant = data.product.variants[0]
      await api.post(`/admin/products/${hit.id}/variants/${variant.id}`, { prices: [{ amount: 11.5, currency_code: "usd" }] }, admin)
      await eventually(async () => {
        expect((await searchOne("product", "PQQ", { typo_tolerance: false })).hits[0].document.price).toBe(11.5)
      })

      const itemId = variant.inventory_items[0].inventory_item_id
      const { data: levels } = await api.get(`/admin/inventory-items/${itemId}/location-levels`, admin)
      const locationId = levels.inventory_levels[0].location_id
      await api.post(`/admin/inventory-items/${itemId}/location-levels/${locationId}`, { stocked_quantity: 0 }, admin)
      await eventually(async () => {
        expect((await searchOne("product", "PQQ", { typo_tolerance: false })).hits[0].document.in_stock).toBe(false)
      })
      const inStockOnly = await searchOne("product", "PQQ", { typo_tolerance: false }, { filters: { in_stock: true } })
      expect(inStockOnly.hits.map((h) => h.id)).not.toContain(hit.id)
    })

    it("follows price-list prices: a sale's price added, changed and removed", async () => {
      const [hit] = (await searchOne("product", "PQQ", { typo_tolerance: false })).hits
      const price = hit.document.price
      const { data } = await api.get(`/admin/products/${hit.id}?fields=variants.id`, admin)
      const variantId = data.product.variants[0].id
      const priceOfHit = async () => (await searchOne("product", "PQQ", { typo_tolerance: false })).hits.find((h) => h.id === hit.id)!.document.price

      const { data: created } = await api.post(
        "/admin/price-lists",
        { title: "Flash sale", description: "Search sync", type: "sale", status: "active", prices: [{ amount: 9.5, currency_code: "usd", variant_id: variantId }] },
        admin
      )
      const priceListId = created.price_list.id
      await eventually(async () => expect(await priceOfHit()).toBe(9.5))

      const { data: listed } = await api.get(`/admin/price-lists/${priceListId}?fields=prices.id`, admin)
      const salePriceId = listed.price_list.prices[0].id
      const batch = `/admin/price-lists/${priceListId}/prices/batch`
      await api.post(batch, { update: [{ id: salePriceId, amount: 8.25, currency_code: "usd", variant_id: variantId }] }, admin)
      await eventually(async () => expect(await priceOfHit()).toBe(8.25))

      await api.post(batch, { delete: [salePriceId] }, admin)
      await eventually(async () => expect(await priceOfHit()).toBe(price))
    })

    it("follows review summaries: an approved review gives an unreviewed product its stars", async () => {
      const reviewed = new Set(reviews.map((review) => review.product))
      const { data } = await api.get("/store/products?limit=100&fields=id,handle,title", store)
      const product = data.products.find((p: { handle: string }) => !reviewed.has(p.handle))
      const hitOf = async () => (await searchOne("product", product.title, { typo_tolerance: false })).hits.find((h) => h.id === product.id)!
      expect((await hitOf()).document).toMatchObject({ rating: 0, review_count: 0 })

      const customer = await registerCustomer(api, store, `search-reviewer-${Date.now()}@example.com`)
      const { data: posted } = await api.post(
        `/store/products/${product.id}/reviews`,
        { rating: 4, title: "Does what it says", body: "Took it for a month with breakfast and would buy it again." },
        { headers: customer.headers }
      )
      expect(posted.review.status).toBe("pending")
      // Pending reviews count nowhere; approving one rewrites the summary, whose event reindexes the product.
      await api.post(`/admin/reviews/${posted.review.id}`, { status: "approved" }, admin)
      await eventually(async () => expect((await hitOf()).document).toMatchObject({ rating: 4, review_count: 1 }))
      const fourUp = await searchOne("product", product.title, { typo_tolerance: false }, { filters: { rating: { $gte: 4 } } })
      expect(fourUp.hits.map((h) => h.id)).toContain(product.id)

      await api.post(`/admin/reviews/${posted.review.id}`, { status: "rejected" }, admin)
      await eventually(async () => expect((await hitOf()).document).toMatchObject({ rating: 0, review_count: 0 }))
    })

    it("reindexes idempotently", async () => {
      const before = await searchOne("product", "", {}, { pagination: { take: 50 } })
      await searchModule().reindex({})
      await searchModule().reindex({})
      const after = await searchOne("product", "", {}, { pagination: { take: 50 } })
      expect(after.metadata.count).toBe(before.metadata.count)
      expect(after.hits.map((h) => h.id).sort()).toEqual(before.hits.map((h) => h.id).sort())
    })
  })

  describe("forum threads", () => {
    it("finds a shown thread with its forum as a facet; pending, hidden and deleted threads stay out; a rename shows", async () => {
      const community = getContainer().resolve<CommunityModuleService>(COMMUNITY_MODULE)
      const forum = await community.createForums({ handle: "search-test-forum", name: "Search Test Forum" })
      async function thread(handle: string, title: string, approve: boolean) {
        const created = await community.createForumThreads({ forum_id: forum.id, handle, title, customer_id: "cus_search", author_name: "Vera K." })
        const post = await community.createForumPosts({
          thread_id: created.id, is_first: true, customer_id: "cus_search", author_name: "Vera K.", email: "vera@example.com",
          body: "My quokka-slow mornings: how do you pace the first hour?", client_hash: "test",
        })
        if (approve) {
          await community.approveForumPost(post.id)
        }
        return { ...created, post_id: post.id }
      }
      const shown = await thread("quokka-pacing-s1", "Quokka pacing diary", true)
      const pending = await thread("quokka-pending-s2", "Quokka question waiting", false)
      const toHide = await thread("quokka-hidden-s3", "Quokka rant to hide", true)
      const toDelete = await thread("quokka-deleted-s4", "Quokka thread to delete", true)
      const ids = [shown.id, pending.id, toHide.id, toDelete.id]
      // As the store's workflows end: the activity subscriber recounts and tells search.
      await refreshForumActivityWorkflow(getContainer()).run({ input: { thread_ids: ids } })
      const quokkas = (extra: Record<string, unknown> = {}) => searchOne("forum_thread", "quokka", { facets: ["forum"] }, extra)
      await eventually(async () => {
        const result = await quokkas()
        expect(titles(result).sort()).toEqual(["Quokka pacing diary", "Quokka rant to hide", "Quokka thread to delete"])
        expect(result.facets?.forum.values).toEqual([{ value: "Search Test Forum", count: 3 }])
      })
      const [hit] = (await quokkas({ filters: { forum_handle: "search-test-forum" } })).hits.filter((h) => h.id === shown.id)
      expect(hit.document).toMatchObject({
        handle: "quokka-pacing-s1",
        forum: "Search Test Forum",
        forum_handle: "search-test-forum",
        author: "Vera K.",
        reply_count: 0,
        excerpt: "My quokka-slow mornings: how do you pace the first hour?",
      })

      await community.updateForumPosts({ id: toHide.post_id, status: "hidden" })
      await community.softDeleteForumThreads([toDelete.id])
      await refreshForumActivityWorkflow(getContainer()).run({ input: { thread_ids: ids } })
      await eventually(async () => expect(titles(await quokkas())).toEqual(["Quokka pacing diary"]))

      await community.updateForums({ id: forum.id, name: "Pacing Corner" })
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: ForumEvents.FORUM_UPDATED, data: { id: forum.id } })
      await eventually(async () => expect((await quokkas()).hits.map((h) => h.document.forum)).toEqual(["Pacing Corner"]))
    })
  })

  describe("hostile input", () => {
    const cases: [string, unknown][] = [
      ["an oversized query", { entity: "product", filters: { q: "x".repeat(5000) } }],
      ["an index that is not public", { entity: "customer", filters: { q: "a" } }],
      ["a filter on a private field", { entity: "product", filters: { status: "draft" } }],
      ["a sort on a field that is not sortable", { entity: "product", pagination: { order: { title: "ASC" } } }],
      ["an unknown operator", { entity: "product", filters: { brand: { $regex: ".*" } } }],
      ["a nested object as a value", { entity: "product", filters: { brand: { $eq: { $ne: 1 } } } }],
      ["a query that is not text", { entity: "product", filters: { q: { $gt: "" } } }],
      ["a huge page", { entity: "product", pagination: { take: 100000 } }],
      ["highlighting the engine cannot do", { entity: "product", filters: { q: "a" }, search_options: { highlight: true } }],
      ["too many queries", { queries: Array.from({ length: 20 }, () => ({ entity: "product" })) }],
    ]
    it.each(cases)("answers 400 with a message for %s", async (_label, body) => {
      const response = await api.post("/store/search", body, { ...store, ...anyStatus })
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/search/i)
    })

    it("treats SQL and filter syntax in the query as plain text", async () => {
      for (const q of ["'; drop table product; --", "brand = 'x' OR 1=1", "\\\\ %_ :* & | ! ( ) <->", "magnesium' OR ''='"]) {
        const response = await api.post("/store/search", { entity: "product", filters: { q }, search_options: { typo_tolerance: true } }, { ...store, ...anyStatus })
        expect({ q, status: response.status }).toEqual({ q, status: 200 })
      }
      const nul = await api.post("/store/search", { entity: "product", filters: { q: "magnesium\u0000" } }, { ...store, ...anyStatus })
      expect(nul.status).toBe(400)
      expect(nul.data.message).toMatch(/control characters/)
      const { data } = await api.get("/store/products?limit=1", store)
      expect(data.count).toBeGreaterThan(0)
    })
  })
}
