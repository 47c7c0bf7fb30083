export type NewComment = {
  article_id: string
  parent_id?: string | null
  author_name: string
  email: string
  body: string
  customer_id?: string | null
  client_hash: string
  notify_on_reply: boolean
  /** Set when the form shows bot behaviour (honeypot filled, sent too fast). */
  bot_signal?: string | null
}

/** A voter on an article: `customer:<id>` or `visitor:<id>`, with the visitor's client hash of the day. */
export type Voter = { article_id: string; voter_key: string; client_hash: string | null }
