import { Module } from "@medusajs/framework/utils"
import AutoshipModuleService from "./service"

export const AUTOSHIP_MODULE = "autoship"

export default Module(AUTOSHIP_MODULE, {
  service: AutoshipModuleService,
})
