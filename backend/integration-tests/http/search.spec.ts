import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { searchBehaviour } from "../helpers/search-suite"

jest.setTimeout(180_000)

// This file always tests Medusa's PostgreSQL provider; search-meilisearch.spec.ts covers Meilisearch.
delete process.env.MEILISEARCH_HOST

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("search on PostgreSQL", () => {
      searchBehaviour({ api, getContainer, expectedProvider: "search-postgres" })
    })
  },
})
