import "server-only"

import { STOREFRONT_PROOF_HEADER } from "@supplement-store/contract"
import { headers } from "next/headers"

import { config } from "@/lib/config"
import { visitorIp } from "@/lib/util/visitor-ip"


/**
 * Headers for every backend call a reader triggers: the reader's address as X-Forwarded-For, with the
 * storefront's proof that it may say so. The backend's limits and one-per-reader checks then count
 * each reader, not the storefront all readers share. Only within a request (it reads its headers).
 */
export async function readerHeaders(): Promise<Record<string, string>> {
  const ip = visitorIp(await headers())
  if (!ip) {
    return {}
  }
  return { "x-forwarded-for": ip, ...(config.proxySecret ? { [STOREFRONT_PROOF_HEADER]: config.proxySecret } : {}) }
}
