import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../../modules/community"
import type CommunityModuleService from "../../modules/community/service"
import { NEWS_MODULE } from "../../modules/news"
import type NewsModuleService from "../../modules/news/service"
import { refreshForumActivityWorkflow } from "../../workflows/community/refresh-forum-activity"
import { forumThreads, storeForums, topicForumDescriptions, type SeedForum } from "./forums"
import { topics as seedTopics } from "./newsroom"
import { reviewers } from "./reviews"

type SeedContext = { container: MedusaContainer; log: (message: string) => void }

const HOUR_MS = 3_600_000
/** Seeded posts were not typed by a visitor: no client address behind them. */
const SEED_CLIENT = "seed"

/**
 * The demo forums: one per news topic plus the store's own, and their first threads, written by the
 * reviewer customers. Threads are created whole (opening post and replies approved and numbered, in
 * one bulk create each) rather than post by post through the posting workflow, so the seed sends no
 * mails and no event per post; one activity refresh then counts every new thread and forum and tells
 * search and the storefront once. Forums and threads are keyed by handle: a second run adds nothing,
 * and a thread staff deleted stays deleted.
 */
export async function ensureForums({ container, log }: SeedContext) {
  const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
  const forumIds = await ensureForumList(container, community, log)

  const existing = await community.listForumThreads(
    { handle: forumThreads.map((thread) => thread.handle) },
    { select: ["handle"], withDeleted: true }
  )
  const known = new Set(existing.map((thread) => thread.handle))
  const missing = forumThreads.filter((thread) => !known.has(thread.handle) && forumIds.has(thread.forum))
  if (!missing.length) {
    return
  }

  const members = await reviewerMembers(container)
  const { storefrontUrl } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin
  const text = (body: string) => body.replaceAll("{store}", storefrontUrl ?? "")
  const now = Date.now()

  const threads = await community.createForumThreads(
    missing.map((thread) => {
      const author = members.get(thread.by)!
      return {
        forum_id: forumIds.get(thread.forum)!,
        handle: thread.handle,
        title: thread.title,
        customer_id: author.id,
        author_name: author.name,
        status: "approved" as const,
        pinned: thread.pinned ?? false,
        last_number: thread.replies.length + 1,
        created_at: new Date(now - thread.days_ago * 24 * HOUR_MS),
      }
    })
  )
  const threadIds = new Map(threads.map((thread) => [thread.handle, thread.id]))

  await community.createForumPosts(
    missing.flatMap((thread) => {
      const startedAt = now - thread.days_ago * 24 * HOUR_MS
      return [{ by: thread.by, hours_after: 0, body: thread.body }, ...thread.replies].map((post, index) => {
        const author = members.get(post.by)!
        return {
          thread_id: threadIds.get(thread.handle)!,
          number: index + 1,
          is_first: index === 0,
          customer_id: author.id,
          author_name: author.name,
          email: author.email,
          body: text(post.body),
          status: "approved" as const,
          client_hash: SEED_CLIENT,
          created_at: new Date(startedAt + post.hours_after * HOUR_MS),
        }
      })
    })
  )
  await refreshForumActivityWorkflow(container).run({ input: { thread_ids: threads.map((thread) => thread.id) } })
  log(`${missing.length} forum threads created with ${missing.reduce((sum, thread) => sum + thread.replies.length, 0)} replies`)
}

/** One forum per news topic (in the newsroom's order), then the store's own; answers ids by handle. */
async function ensureForumList(container: MedusaContainer, community: CommunityModuleService, log: SeedContext["log"]) {
  const topics = await container.resolve<NewsModuleService>(NEWS_MODULE).listTopics({}, { select: ["handle", "name", "description"] })
  const order = (handle: string) => {
    const index = seedTopics.findIndex((topic) => topic.handle === handle)
    return index === -1 ? seedTopics.length : index
  }
  topics.sort((a, b) => order(a.handle) - order(b.handle) || a.handle.localeCompare(b.handle))
  const wanted: (SeedForum & { topic_handle: string | null })[] = [
    ...topics.map((topic) => ({
      handle: topic.handle,
      name: topic.name,
      description: topicForumDescriptions[topic.handle] ?? topic.description ?? "",
      topic_handle: topic.handle,
    })),
    ...storeForums.map((forum) => ({ ...forum, topic_handle: null })),
  ]
  const handles = wanted.map((forum) => forum.handle)
  const existing = new Set((await community.listForums({ handle: handles }, { select: ["handle"], withDeleted: true })).map((f) => f.handle))
  const missing = wanted.map((forum, rank) => ({ ...forum, rank })).filter((forum) => !existing.has(forum.handle))
  if (missing.length) {
    await community.createForums(missing)
    log(`${missing.length} forums created`)
  }
  const forums = await community.listForums({ handle: handles }, { select: ["id", "handle"] })
  return new Map(forums.map((forum) => [forum.handle, forum.id]))
}

/** The reviewer customers (the reviews seed made them) as forum members: id, shown name, email. */
async function reviewerMembers(container: MedusaContainer) {
  const customers = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: reviewers.map((reviewer) => reviewer.email) }, { select: ["id", "email"] })
  const idByEmail = new Map(customers.map((customer) => [customer.email, customer.id]))
  return new Map(
    reviewers.map((reviewer) => [
      reviewer.key,
      { id: idByEmail.get(reviewer.email)!, name: `${reviewer.first_name} ${reviewer.last_name[0]}.`, email: reviewer.email },
    ])
  )
}
