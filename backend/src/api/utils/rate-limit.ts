import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { once } from "node:events"
import { setTimeout as delay } from "node:timers/promises"
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

export type RateLimitRule = {
  /** Names the counter, e.g. "comment-client". */
  name: string
  /** Requests allowed per window. */
  points: number
  /** Window length in seconds. */
  duration: number
  /** Who is counted; no key means the rule does not apply to this request. */
  key: (req: MedusaRequest) => string | undefined
  /** Counts only requests that fail (a wrong password): a success gives its point back. */
  failuresOnly?: boolean
}

const REDIS_CONNECT_WAIT_MS = 2000

let redis: { client: Redis; ready: Promise<unknown> } | undefined
const limiters = new Map<string, RateLimiterAbstract>()

/**
 * The limiters' Redis connection. Without an offline queue a command sent before the connection is up
 * fails, so the first requests wait for it, briefly.
 */
function limiterRedis(redisUrl: string) {
  if (!redis) {
    const client = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    const ready = Promise.race([once(client, "ready"), delay(REDIS_CONNECT_WAIT_MS)]).catch(() => undefined)
    redis = { client, ready }
  }
  return redis
}

/**
 * One limiter per rule, in Redis when REDIS_URL is set so every backend instance shares the count.
 * While Redis cannot be reached, each instance counts in memory rather than failing the request.
 */
function limiterFor(rule: RateLimitRule, redisUrl: string | undefined): RateLimiterAbstract {
  let limiter = limiters.get(rule.name)
  if (!limiter) {
    const options = { keyPrefix: `rl:${rule.name}`, points: rule.points, duration: rule.duration }
    limiter = redisUrl
      ? new RateLimiterRedis({ ...options, storeClient: limiterRedis(redisUrl).client, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options)
    limiters.set(rule.name, limiter)
  }
  return limiter
}

/** Answers 429 with `Retry-After` once any of the rules is exhausted for this client. */
export function rateLimit(...rules: RateLimitRule[]) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const { redisUrl } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
    if (redisUrl) {
      await limiterRedis(redisUrl).ready
    }
    const refundable: [RateLimiterAbstract, string][] = []
    for (const rule of rules) {
      const key = rule.key(req)
      if (!key) {
        continue
      }
      const limiter = limiterFor(rule, redisUrl)
      try {
        // Taken up front, so a burst of parallel guesses cannot all slip in before the first one fails.
        await limiter.consume(key)
        if (rule.failuresOnly) {
          refundable.push([limiter, key])
        }
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) {
          throw rejection
        }
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
        res.setHeader("Retry-After", String(seconds))
        return res.status(429).json({
          type: "too_many_requests",
          message: `Too many requests. Try again in ${seconds} seconds.`,
          retry_after: seconds,
        })
      }
    }
    if (refundable.length) {
      res.once("finish", () => {
        if (res.statusCode < 400) {
          refundable.forEach(([limiter, key]) => limiter.reward(key, 1).catch(() => undefined))
        }
      })
    }
    next()
  }
}
