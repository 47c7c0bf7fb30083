/// <reference path="../../types/proxy-addr.d.ts" />
import { createHash, timingSafeEqual } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STOREFRONT_PROOF_HEADER } from "@supplement-store/contract"
import proxyaddr from "proxy-addr"

/** What medusa-config.ts puts beside Medusa's own `http` settings for this file. */
export type ClientIdentityConfig = {
  /** Proxies whose X-Forwarded-For is believed: addresses, CIDRs or proxy-addr's names, or a hop count. */
  trustedProxies: string[] | number
  /** Shared with the storefront; unset, the storefront is a client like any other. */
  storefrontProxySecret?: string
}

type Trust = (address: string, hop: number) => boolean
const trustByConfig = new WeakMap<object, Trust>()

function identityConfig(req: MedusaRequest) {
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return http as typeof http & ClientIdentityConfig
}

function trustedProxy(config: ClientIdentityConfig): Trust {
  let trust = trustByConfig.get(config)
  if (!trust) {
    const { trustedProxies } = config
    trust = typeof trustedProxies === "number" ? (_address, hop) => hop < trustedProxies : proxyaddr.compile(trustedProxies)
    trustByConfig.set(config, trust)
  }
  return trust
}

const digest = (value: string) => createHash("sha256").update(value).digest()

function provesStorefront(req: MedusaRequest, secret: string | undefined): boolean {
  const proof = req.get(STOREFRONT_PROOF_HEADER)
  return Boolean(secret && proof && timingSafeEqual(digest(proof), digest(secret)))
}

/**
 * The client's address, decided here and nowhere else: the socket's peer, or what X-Forwarded-For says
 * when that peer is a proxy TRUSTED_PROXIES names (proxy-addr's rules, as Express's `trust proxy`). The
 * storefront is trusted for one hop more when it proves itself, so the reader it forwards is the client.
 * Medusa's own `req.ip` trusts any first hop: never use it for limits.
 */
export function clientAddress(req: MedusaRequest): string {
  const config = identityConfig(req)
  const trusted = trustedProxy(config)
  let vouched = provesStorefront(req, config.storefrontProxySecret)
  // proxy-addr asks hop by hop, nearest first, and stops at the first hop it may not trust.
  return proxyaddr(req, (address, hop) => trusted(address, hop) || (vouched && !(vouched = false))) ?? ""
}

/** A salted hash of the given parts, so a limit or a duplicate check can count by them without storing them. */
export function saltedHash(req: MedusaRequest, ...parts: string[]): string {
  return createHash("sha256")
    .update([identityConfig(req).cookieSecret, ...parts].join("|"))
    .digest("hex")
}

/**
 * A salted hash that stands for the client in rate limits, duplicate checks and view counts, so no
 * raw address is ever stored. `extra` narrows it further (a day).
 */
export function clientHash(req: MedusaRequest, ...extra: string[]): string {
  return saltedHash(req, clientAddress(req), ...extra)
}

/** The UTC day (YYYY-MM-DD) by which views and visitor votes are counted once per client. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}
