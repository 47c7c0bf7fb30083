import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { ARTICLE_SOURCE_FIELDS, toArticleDocuments, type SourceArticle } from "../lib/search/article-documents"
import { SEARCH_INDEX_SETTINGS } from "../lib/search/settings"

const fields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 3 }),
  summary: search.text().searchable({ weight: 1 }),
  hero_image: search.keyword(),
  published_at: search.date().filterable().sortable(),
  topic: search.keyword().searchable({ weight: 2 }).filterable().facetable(),
  topic_handle: search.keyword().filterable(),
  author: search.keyword().searchable({ weight: 1 }).filterable().facetable(),
  synonyms: search.text().searchable({ weight: 1 }).retrievable(false),
})

const source = {
  fields: ARTICLE_SOURCE_FIELDS,
  transform: (rows: SourceArticle[]) => toArticleDocuments(rows),
}

/** Published articles of the newsroom, beside products in the same search box. */
export default defineSearchIndex({
  name: "article",
  entity: "article",
  fields,
  settings: SEARCH_INDEX_SETTINGS,
  events: ["article.published", "article.updated", "article.unpublished", "article.deleted"],
  consume: graphConsume({ ...source, is_delete: (event) => event.name === "article.deleted" }),
  seed: graphSeed(source),
})
