import { Module } from "@medusajs/framework/utils"
import CommunityModuleService from "./service"

export const COMMUNITY_MODULE = "community"

export default Module(COMMUNITY_MODULE, {
  service: CommunityModuleService,
})
