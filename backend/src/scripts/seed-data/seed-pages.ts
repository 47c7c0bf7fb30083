import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { PAGES_MODULE } from "../../modules/pages"
import type PagesModuleService from "../../modules/pages/service"
import { createPageWorkflow } from "../../workflows/pages/create-page"
import { pages } from "./pages"
import { DEMO_STORE } from "./store-setup"

type Ctx = { container: MedusaContainer; log: (message: string) => void }

/** The store's phone, address and mail, in the store's metadata (staff edit them under Settings → Store). */
export async function ensureStoreContact({ container, log }: Ctx) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "metadata"] })
  if (store && !store.metadata?.contact) {
    await updateStoresWorkflow(container).run({
      input: { selector: { id: store.id }, update: { metadata: { ...store.metadata, contact: DEMO_STORE.contact } } },
    })
    log("store contact details set")
  }
}

/** Our Story, Help, Guarantee, Terms and Privacy, published; pages that exist are left as staff edited them. */
export async function ensurePages({ container, log }: Ctx) {
  const existing = await container.resolve<PagesModuleService>(PAGES_MODULE).listPages({}, { select: ["handle"] })
  const missing = pages.filter((page) => !existing.some((found) => found.handle === page.handle))
  for (const page of missing) {
    await createPageWorkflow(container).run({ input: { ...page, published: true } })
  }
  if (missing.length) {
    log(`${missing.length} pages created`)
  }
}
