import type { SearchTypes } from "@medusajs/framework/types"
import { meilisearchSynonyms } from "./synonyms"

/** Shared by both indexes: one typo from 5 letters, two from 9 (Meilisearch's defaults), and the synonyms for Meilisearch. */
export const SEARCH_INDEX_SETTINGS: SearchTypes.SearchIndexSettings = {
  typo_tolerance: { enabled: true, min_word_size_for_one_typo: 5, min_word_size_for_two_typos: 9 },
  provider_options: { meilisearch: { synonyms: meilisearchSynonyms() } },
}
