import { Module } from "@medusajs/framework/utils"
import SupplementFactsModuleService from "./service"

export const SUPPLEMENT_FACTS_MODULE = "supplement_facts"

export default Module(SUPPLEMENT_FACTS_MODULE, {
  service: SupplementFactsModuleService,
})
