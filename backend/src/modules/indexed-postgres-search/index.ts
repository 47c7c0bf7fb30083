import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { IndexedPostgresSearchService } from "./service"

/** Registered in medusa-config.ts in place of `@medusajs/medusa/search-postgres`. */
export default ModuleProvider(Modules.SEARCH, { services: [IndexedPostgresSearchService] })
