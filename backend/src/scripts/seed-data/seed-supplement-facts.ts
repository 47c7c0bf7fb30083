import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AdminSupplementFactsBody } from "@supplement-store/contract"
import { SUPPLEMENT_FACTS_MODULE } from "../../modules/supplement-facts"
import { SupplementFactsEvents } from "../../modules/supplement-facts/events"
import { toFactsRow, type default as SupplementFactsModuleService } from "../../modules/supplement-facts/service"
import { supplementFacts } from "./supplement-facts"

type SeedContext = { container: MedusaContainer; log: (message: string) => void }

/**
 * A label for every seeded product that has none, parsed with the admin form's schema (so the seed
 * can hold nothing staff could not type), written in one bulk create; search hears of each product.
 */
export async function ensureSupplementFacts({ container, log }: SeedContext) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "supplement_facts.id"],
    filters: { handle: Object.keys(supplementFacts) },
  })
  const missing = products.filter((product) => !product.supplement_facts)
  if (!missing.length) {
    return
  }
  await container
    .resolve<SupplementFactsModuleService>(SUPPLEMENT_FACTS_MODULE)
    .createSupplementFacts(missing.map((product) => ({ product_id: product.id, ...toFactsRow(AdminSupplementFactsBody.parse(supplementFacts[product.handle])) })))
  await container
    .resolve(Modules.EVENT_BUS)
    .emit(missing.map((product) => ({ name: SupplementFactsEvents.UPDATED, data: { id: product.id } })))
  log(`supplement facts for ${missing.length} products`)
}
