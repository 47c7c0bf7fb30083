import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { ForumEvents } from "../modules/community/forum-events"
import { FORUM_THREAD_SOURCE_FIELDS, toForumThreadDocuments, type SourceForumThread } from "../lib/search/forum-thread-documents"
import { SEARCH_INDEX_SETTINGS } from "../lib/search/settings"

const fields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 3 }),
  excerpt: search.text().searchable({ weight: 1 }),
  forum: search.keyword().searchable({ weight: 1 }).filterable().facetable(),
  forum_handle: search.keyword().filterable(),
  author: search.keyword(),
  reply_count: search.integer().sortable(),
  last_post_at: search.date().filterable().sortable(),
  synonyms: search.text().searchable({ weight: 1 }).retrievable(false),
})

const source = {
  fields: FORUM_THREAD_SOURCE_FIELDS,
  transform: (rows: SourceForumThread[], { container }: { container: { query: RemoteQueryFunction } }) =>
    toForumThreadDocuments(rows, container.query),
}

/**
 * Readers' threads, the third entity beside products and articles, with their forum as a facet.
 * Every change to a thread (a post shown, hidden or deleted, a pin, move or retitle) ends in
 * `forum.activity_updated` naming it; a forum renamed re-reads its threads, which carry its name.
 */
export default defineSearchIndex({
  name: "forum_thread",
  entity: "forum_thread",
  fields,
  settings: SEARCH_INDEX_SETTINGS,
  events: [ForumEvents.ACTIVITY_UPDATED, ForumEvents.FORUM_UPDATED],
  consume: graphConsume({
    ...source,
    resolve_ids: async (event, { container }) => {
      const items = [event.data].flat() as { id?: string; thread_id?: string }[]
      if (event.name === ForumEvents.ACTIVITY_UPDATED) {
        return items.map((item) => item.thread_id!).filter(Boolean)
      }
      const { data } = await container.query.graph({
        entity: "forum_thread",
        fields: ["id"],
        filters: { forum_id: items.map((item) => item.id!).filter(Boolean) },
      })
      return data.map((thread) => thread.id as string)
    },
    // A deleted thread is no longer read back, which takes it out; no event deletes by itself.
    is_delete: () => false,
  }),
  seed: graphSeed(source),
})
