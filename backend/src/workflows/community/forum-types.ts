import type { ForumPostStatus } from "@supplement-store/contract"

/** Who writes a forum post: a customer, named and addressed by their account. */
export type ForumAuthor = {
  customer_id: string
  /** The public name ("Maria K."). */
  author_name: string
  /** The account's full name, as the customer's comments carry it (their trust counts here too). */
  account_name: string
  /** Never shown; follow digests go there. */
  email: string
  client_hash: string
  /** Set when the form shows bot behaviour (honeypot filled, sent too fast). */
  bot_signal?: string | null
}

/** POST /store/forums/:handle/threads */
export type NewForumThread = ForumAuthor & { forum_handle: string; title: string; body: string; follow: boolean }

/** POST /store/forum-threads/:handle/posts */
export type NewForumPost = ForumAuthor & { thread_handle: string; body: string; quote_post_id?: string | null; follow?: boolean }

export type ForumPostVerdict = { status: ForumPostStatus; spam_reason: string | null }
