import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/scripts/seed-data/seed-store"
import { articles } from "../../src/scripts/seed-data/articles"
import { brands, products } from "../../src/scripts/seed-data/catalog"
import ArticleProductLink from "../../src/links/article-product"
import { BRAND_MODULE } from "../../src/modules/brand"
import type BrandModuleService from "../../src/modules/brand/service"
import { REVIEWS_MODULE } from "../../src/modules/reviews"
import type ReviewsModuleService from "../../src/modules/reviews/service"
import { reviewers, reviews } from "../../src/scripts/seed-data/reviews"
import { COMMUNITY_MODULE } from "../../src/modules/community"
import type CommunityModuleService from "../../src/modules/community/service"
import { forumThreads, storeForums } from "../../src/scripts/seed-data/forums"

jest.setTimeout(240_000)

/** Counts every kind of record the seed creates. */
async function census(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
  const { data: linked } = await query.graph({ entity: "product", fields: ["id", "brand.id"] })
  return {
    products: await count("product"),
    variants: await count("product_variant"),
    categories: await count("product_category"),
    collections: await count("product_collection"),
    brands: (await container.resolve<BrandModuleService>(BRAND_MODULE).listBrands()).length,
    brandLinks: linked.filter((p: { brand?: unknown }) => p.brand).length,
    regions: await count("region"),
    salesChannels: await count("sales_channel"),
    stockLocations: await count("stock_location"),
    inventoryLevels: (await container.resolve(Modules.INVENTORY).listInventoryLevels({})).length,
    shippingOptions: await count("shipping_option"),
    apiKeys: await count("api_key"),
    priceLists: await count("price_list"),
    prices: (await container.resolve(Modules.PRICING).listPrices({}, { take: null })).length,
    customerGroups: await count("customer_group"),
    users: await count("user"),
    promotions: await count("promotion"),
    topics: await count("topic"),
    authors: await count("author"),
    articles: await count("article"),
    featuredLinks: (await query.graph({ entity: ArticleProductLink.entryPoint, fields: ["article_id"] })).data.length,
    customers: await count("customer"),
    orders: await count("order"),
    reviews: await count("review"),
    reviewSummaries: await count("review_summary"),
    forums: await count("forum"),
    forumThreads: await count("forum_thread"),
    forumPosts: await count("forum_post"),
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("builds the demo store once; a second run changes nothing", async () => {
      const container = getContainer()
      await seedDemoStore(container)
      const first = await census(container)

      expect(first.products).toBe(products.length)
      expect(first.products).toBeGreaterThanOrEqual(60)
      expect(first.brands).toBe(brands.length)
      expect(first.brands).toBeGreaterThanOrEqual(12)
      expect(first.brandLinks).toBe(products.length)
      expect(first.collections).toBe(3)
      expect(first.inventoryLevels).toBe(first.variants)
      expect(first.priceLists).toBe(2)
      expect(first.users).toBe(1)
      expect(first.promotions).toBe(1)
      expect(first.articles).toBe(articles.length)
      expect(first.articles).toBeGreaterThanOrEqual(30)
      expect(first.featuredLinks).toBe(articles.reduce((sum, a) => sum + a.featured_products.length, 0))

      // Reviews: original text on most products, by reviewer customers, some of them verified buyers.
      expect(first.customers).toBe(reviewers.length)
      expect(first.orders).toBe(reviewers.filter((r) => r.bought.length).length)
      expect(first.reviews).toBe(reviews.length)
      const reviewsModule = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
      const seeded = await reviewsModule.listReviews({}, { take: null })
      const approved = seeded.filter((r) => r.status === "approved")
      expect(new Set(approved.map((r) => r.product_id)).size).toBeGreaterThanOrEqual(40)
      expect(seeded.filter((r) => r.status === "pending").length).toBeGreaterThan(0)
      expect(approved.filter((r) => r.reply).length).toBeGreaterThanOrEqual(5)
      expect(new Set(approved.map((r) => r.rating))).toEqual(new Set([1, 2, 3, 4, 5]))
      const bought = new Set(reviewers.flatMap((r) => r.bought.map((handle) => `${r.email}:${handle}`)))
      const { data: reviewedProducts } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "handle"] })
      const handleOf = new Map(reviewedProducts.map((p: { id: string; handle: string }) => [p.id, p.handle]))
      for (const review of seeded) {
        // Verified exactly when the reviewer's order holds the product.
        expect({ review: review.title, verified: review.verified_buyer, order: !!review.order_id }).toEqual({
          review: review.title,
          verified: bought.has(`${review.email}:${handleOf.get(review.product_id)}`),
          order: bought.has(`${review.email}:${handleOf.get(review.product_id)}`),
        })
      }
      expect(seeded.filter((r) => r.verified_buyer).length).toBeGreaterThanOrEqual(20)

      // Summaries come from the approved reviews, through the backend's summary workflow.
      const summaries = await reviewsModule.listReviewSummaries({}, { take: null })
      expect(first.reviewSummaries).toBe(new Set(seeded.map((r) => r.product_id)).size)
      for (const summary of summaries) {
        const ratings = approved.filter((r) => r.product_id === summary.product_id).map((r) => r.rating)
        expect(summary.count).toBe(ratings.length)
        if (ratings.length) {
          expect(summary.average).toBe(Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10)
        }
        expect([1, 2, 3, 4, 5].map((n) => summary[`rating_${n}` as "rating_1"])).toEqual([1, 2, 3, 4, 5].map((n) => ratings.filter((r) => r === n).length))
      }

      // Forums: one per news topic plus the store's own, each with threads, counts and a latest post kept by the activity workflow.
      expect(first.forums).toBe(first.topics + storeForums.length)
      expect(first.forumThreads).toBe(forumThreads.length)
      expect(first.forumPosts).toBe(forumThreads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0))
      const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
      const forums = await community.listForums({}, { order: { rank: "ASC" } })
      expect(forums.slice(-2).map((forum) => forum.handle)).toEqual(["supplements-treatments", "introduce-yourself"])
      for (const forum of forums) {
        const threads = forumThreads.filter((thread) => thread.forum === forum.handle)
        expect({ forum: forum.handle, threads: forum.thread_count, posts: forum.post_count, last: !!forum.last_post_id }).toEqual({
          forum: forum.handle,
          threads: threads.length,
          posts: threads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0),
          last: true,
        })
        expect(forum.thread_count).toBeGreaterThanOrEqual(3)
      }
      const threads = await community.listForumThreads({}, { relations: ["posts"] })
      for (const thread of threads) {
        const numbers = thread.posts.map((post) => post.number).sort((a, b) => a! - b!)
        expect({ thread: thread.handle, status: thread.status, numbers, replies: thread.reply_count, last: thread.last_number }).toEqual({
          thread: thread.handle,
          status: "approved",
          numbers: numbers.map((_, index) => index + 1),
          replies: numbers.length - 1,
          last: numbers.length,
        })
        // Spread over recent weeks, never in the future.
        expect(new Date(thread.last_post_at!).getTime()).toBeLessThanOrEqual(Date.now())
      }
      expect(threads.filter((thread) => thread.pinned).map((thread) => thread.handle)).toEqual(["welcome-read-this-first-w1"])

      await seedDemoStore(container)
      expect(await census(container)).toEqual(first)
    })
  },
})
