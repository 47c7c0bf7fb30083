import { createHash } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A salted hash that stands for the client in rate limits, duplicate checks and view counts, so no
 * raw address is ever stored. `extra` narrows it further (a user agent, a day).
 */
export function clientHash(req: MedusaRequest, ...extra: string[]): string {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return createHash("sha256")
    .update([http.cookieSecret, req.ip ?? "", ...extra].join("|"))
    .digest("hex")
}
