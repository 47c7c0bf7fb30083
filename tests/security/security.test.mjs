// The security suite: one real store (fresh seeded database, `medusa start`, the storefront's production
// build), attacked the way a stranger would attack it. Each area of the trust review has its cases in
// ./cases/<area>.mjs, whose default export `register(store)` declares its tests against the one store
// launched here, so it is built and seeded once.
import { readdirSync } from "node:fs"
import path from "node:path"
import { after, before, describe } from "node:test"
import { ROOT } from "../../scripts/lib/processes.mjs"
import { launchTestStore } from "../../scripts/lib/stack.mjs"

const casesDir = path.join(import.meta.dirname, "cases")
const areas = readdirSync(casesDir).filter((file) => file.endsWith(".mjs")).sort()
const registers = await Promise.all(areas.map(async (file) => [path.basename(file, ".mjs"), (await import(path.join(casesDir, file))).default]))

const store = {}

describe("security", { timeout: 20 * 60_000 }, () => {
  before(async () => {
    Object.assign(store, await launchTestStore({ name: "security", logDir: path.join(ROOT, "tests", "security", ".results") }))
  })
  after(() => store.stop?.())

  for (const [area, register] of registers) {
    describe(area, () => register(store))
  }
})
