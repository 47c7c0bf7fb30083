import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { toMeilisearchFilter } from "../../src/modules/meilisearch/filters"
import { MeilisearchSearchProvider, settingsFor } from "../../src/modules/meilisearch/service"
import { PRODUCT_SEARCH_FIELDS } from "../../src/lib/search/product-documents"
import { SEARCH_INDEX_SETTINGS } from "../../src/lib/search/settings"
import { searchBehaviour } from "../helpers/search-suite"

jest.setTimeout(180_000)

const definition = {
  name: "product",
  entity: "product",
  fields: PRODUCT_SEARCH_FIELDS.toFields(),
  settings: SEARCH_INDEX_SETTINGS,
  primary_key: "id",
  provider: "meilisearch",
  definition_hash: "",
  physical_name: "product_v1",
} as any

describe("Meilisearch provider without a server", () => {
  it("quotes and escapes every value, so visitor text cannot add filter syntax", () => {
    const filter = toMeilisearchFilter({ brand: { $in: ['x" OR status = "draft', "back\\slash"] }, price: { $gte: 5, $lt: 20 }, in_stock: true, rating: { $gte: 4 } }, definition)
    expect(filter).toBe('(brand IN ["x\\" OR status = \\"draft", "back\\\\slash"]) AND ((price >= 5) AND (price < 20)) AND (in_stock = true) AND (rating >= 4)')
  })

  it("refuses fields that are not filterable and operators Meilisearch lacks", () => {
    expect(() => toMeilisearchFilter({ title: "x" }, definition)).toThrow(/not filterable/)
    expect(() => toMeilisearchFilter({ "brand = 1 OR x": "y" }, definition)).toThrow(/not filterable/)
    expect(() => toMeilisearchFilter({ brand: { $like: "%x%" } }, definition)).toThrow(/does not support/)
    expect(() => toMeilisearchFilter({ price: Infinity }, definition)).toThrow(/finite/)
  })

  it("derives index settings: searchable by weight, synonyms, typo rules, hidden fields", () => {
    const settings = settingsFor(definition)
    expect(settings.searchableAttributes![0]).toBe("title")
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["brand", "categories", "price", "in_stock", "rating", "status", "sales_channel_ids"]))
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(["price", "rating", "review_count"]))
    expect(settings.displayedAttributes).not.toContain("synonyms")
    expect((settings.synonyms as Record<string, string[]>)["cfs"]).toEqual(expect.arrayContaining(["chronic fatigue", "me"]))
    expect(settings.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } })
  })

  it("needs a host, loads the official client and surfaces an unreachable server as an error", async () => {
    expect(() => new MeilisearchSearchProvider({ logger: console as any }, { host: "" })).toThrow(/MEILISEARCH_HOST/)
    const provider = new MeilisearchSearchProvider({ logger: console as any }, { host: "http://127.0.0.1:9" })
    await expect(provider.listIndexes()).rejects.toThrow()
  })
})

if (process.env.MEILISEARCH_HOST) {
  process.env.SEARCH_INDEX_PREFIX = `test_${process.pid}_`
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      describe("search on Meilisearch", () => {
        searchBehaviour({ api, getContainer, expectedProvider: "meilisearch" })
      })
    },
  })
} else {
  console.warn("[search tests] Meilisearch behaviour tests did NOT run: MEILISEARCH_HOST is not set")
}
