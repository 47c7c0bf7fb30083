import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchProvider } from "./service"

/** Registered as a Search Module provider in medusa-config.ts when MEILISEARCH_HOST is set. */
export default ModuleProvider(Modules.SEARCH, { services: [MeilisearchSearchProvider] })
