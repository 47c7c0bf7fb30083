// Brings up the real store for the browser tests (fresh seeded database, `medusa start`, the
// storefront's production build) and returns the teardown that stops it and drops the database.
import path from "node:path"
// Plain ESM helpers shared with npm start and the benchmarks.
import { ROOT } from "../../../scripts/lib/processes.mjs"
import { launchTestStore } from "../../../scripts/lib/stack.mjs"

export default async function globalSetup() {
  const store = await launchTestStore({ name: "e2e", logDir: path.join(ROOT, "tests", "e2e", ".results") })
  process.env.E2E_STOREFRONT_URL = store.storefrontUrl
  process.env.E2E_BACKEND_URL = store.backendUrl
  process.env.E2E_PUBLISHABLE_KEY = store.publishableKey
  process.env.E2E_DATABASE_URL = store.databaseUrl
  process.env.E2E_OUTBOX_DIR = store.outboxDir
  return store.stop
}
