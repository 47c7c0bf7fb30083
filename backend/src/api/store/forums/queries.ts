import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import {
  FORUM_POSTS_PER_PAGE,
  type ForumLastPost,
  type ForumProductMention,
  type ForumThreadResponse,
  type PublicForum,
  type PublicForumPost,
  type PublicForumThread,
} from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/**
 * The forums' store reads. Counts and "latest post" come from the columns events keep; nothing here
 * counts rows. What readers see never includes emails, client hashes, spam reasons or customer ids.
 */

type ForumRow = {
  id: string
  handle: string
  name: string
  description: string
  topic_handle: string | null
  thread_count: number
  post_count: number
  last_post_id: string | null
}

const FORUM_FIELDS = ["id", "handle", "name", "description", "topic_handle", "thread_count", "post_count", "last_post_id"]
const THREAD_FIELDS = [
  "id",
  "handle",
  "title",
  "author_name",
  "pinned",
  "locked",
  "reply_count",
  "last_number",
  "created_at",
  "last_post_at",
  "last_post_author",
]
const POST_FIELDS = ["id", "number", "author_name", "body", "created_at", "quote_post_id"]

const community = (container: MedusaContainer) => container.resolve<CommunityModuleService>(COMMUNITY_MODULE)

/** Forums as lists show them, each with its latest post and that post's thread. */
export async function publicForums(container: MedusaContainer, forums: ForumRow[]): Promise<PublicForum[]> {
  const lastIds = forums.map((forum) => forum.last_post_id).filter((id): id is string => Boolean(id))
  const posts = lastIds.length
    ? await community(container).listForumPosts(
        { id: lastIds },
        { select: ["id", "author_name", "created_at", "thread.id", "thread.handle", "thread.title"], relations: ["thread"] }
      )
    : []
  const lastPosts = new Map<string, ForumLastPost>(
    posts.map((post) => [
      post.id,
      {
        id: post.id,
        author_name: post.author_name,
        created_at: post.created_at as unknown as string,
        thread: { id: post.thread.id, handle: post.thread.handle, title: post.thread.title },
      },
    ])
  )
  return forums.map(({ last_post_id, ...forum }) => ({ ...forum, last_post: (last_post_id && lastPosts.get(last_post_id)) || null }))
}

/** Forums of the index: not archived, in staff's order. */
export async function listedForums(container: MedusaContainer): Promise<PublicForum[]> {
  const forums = await community(container).listForums(
    { archived_at: null },
    { select: FORUM_FIELDS, order: { rank: "ASC", name: "ASC" } }
  )
  return publicForums(container, forums)
}

/** A forum by handle (archived ones stay readable), or a 404. */
export async function forumByHandle(container: MedusaContainer, handle: string): Promise<PublicForum> {
  const [forum] = await community(container).listForums({ handle }, { select: FORUM_FIELDS, take: 1 })
  if (!forum) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This forum was not found")
  }
  const [shown] = await publicForums(container, [forum])
  return shown
}

type ThreadRow = Omit<PublicForumThread, "created_at" | "last_post_at" | "last_post_author"> & {
  created_at: Date
  last_post_at: Date | null
  last_post_author: string | null
}

/** A thread as lists show it; one never recounted yet shows its own start as its latest post. */
function publicThread(thread: ThreadRow): PublicForumThread {
  const pick = Object.fromEntries(THREAD_FIELDS.map((field) => [field, thread[field as keyof ThreadRow]])) as unknown as ThreadRow
  return {
    ...pick,
    created_at: thread.created_at.toISOString(),
    last_post_at: (thread.last_post_at ?? thread.created_at).toISOString(),
    last_post_author: thread.last_post_author ?? thread.author_name,
  }
}

/** One page of a forum's shown threads: pinned first, then the most recently active. */
export async function forumThreads(container: MedusaContainer, forumId: string, { limit, offset }: { limit: number; offset: number }) {
  const [threads, count] = await community(container).listAndCountForumThreads(
    { forum_id: forumId, status: "approved" },
    { select: THREAD_FIELDS, order: { pinned: "DESC", last_post_at: "DESC NULLS LAST", created_at: "DESC" }, skip: offset, take: limit }
  )
  return { threads: (threads as unknown as ThreadRow[]).map(publicThread), count }
}

/**
 * One page of a shown thread: the approved posts numbered (page-1)*20+1 … page*20, each with the
 * approved post it quotes, and the published products the page links to. 404 for a thread that does
 * not show and for a page past its last.
 */
export async function threadPage(container: MedusaContainer, handle: string, page: number): Promise<ForumThreadResponse> {
  const forums = community(container)
  const [thread] = await forums.listForumThreads(
    { handle, status: "approved" },
    { select: [...THREAD_FIELDS, "forum.id", "forum.handle", "forum.name"], relations: ["forum"], take: 1 }
  )
  if (!thread) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This thread was not found")
  }
  const pages = Math.max(1, Math.ceil(thread.last_number / FORUM_POSTS_PER_PAGE))
  if (page > pages) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `This thread has ${pages} page${pages === 1 ? "" : "s"}`)
  }
  const first = (page - 1) * FORUM_POSTS_PER_PAGE + 1
  const rows = await forums.listForumPosts(
    { thread_id: thread.id, status: "approved", number: { $gte: first, $lte: first + FORUM_POSTS_PER_PAGE - 1 } },
    { select: POST_FIELDS, order: { number: "ASC" } }
  )
  const quoteIds = [...new Set(rows.map((post) => post.quote_post_id).filter((id): id is string => Boolean(id)))]
  const quoted = quoteIds.length
    ? await forums.listForumPosts({ id: quoteIds, status: "approved" }, { select: ["id", "number", "author_name", "body"] })
    : []
  const quotes = new Map(quoted.map((post) => [post.id, { id: post.id, number: post.number!, author_name: post.author_name, body: post.body }]))
  const posts: PublicForumPost[] = rows.map(({ quote_post_id, ...post }) => ({
    id: post.id,
    number: post.number!,
    author_name: post.author_name,
    body: post.body,
    created_at: (post.created_at as unknown as Date).toISOString(),
    quote: (quote_post_id && quotes.get(quote_post_id)) || null,
  }))
  const { forum } = thread
  return {
    thread: { ...publicThread(thread as unknown as ThreadRow), forum: { id: forum.id, handle: forum.handle, name: forum.name } },
    posts,
    page,
    pages,
    products: await mentionedProducts(container, posts.map((post) => post.body)),
  }
}

// A store product's address, relative ("/products/x") or on any host ("https://shop.example/products/x").
const PRODUCT_LINK = /(?:^|[\s(<"'])(?:https?:\/\/[^\s/]+)?\/products\/([a-z0-9]+(?:-[a-z0-9]+)*)(?=$|[\s/?#)>"'.,;:!])/gi
const MAX_MENTIONS = 50

/** The published products the texts link to, by handle, as a post's small card shows them. */
export async function mentionedProducts(container: MedusaContainer, texts: string[]): Promise<Record<string, ForumProductMention>> {
  const handles = [...new Set(texts.flatMap((text) => [...text.matchAll(PRODUCT_LINK)].map((match) => match[1].toLowerCase())))]
  if (!handles.length) {
    return {}
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "handle", "title", "thumbnail"],
    filters: { handle: handles.slice(0, MAX_MENTIONS), status: ProductStatus.PUBLISHED },
  })
  return Object.fromEntries(
    data.map((product: ForumProductMention) => [
      product.handle,
      { id: product.id, handle: product.handle, title: product.title, thumbnail: product.thumbnail ?? null },
    ])
  )
}
