import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"

jest.setTimeout(180_000)

// `npm test` passes REDIS_URL, or 127.0.0.1:6379 when a Redis answers there, as TEST_REDIS_URL.
const redisUrl = process.env.TEST_REDIS_URL
const previousRedisUrl = process.env.REDIS_URL
if (redisUrl) {
  // medusa-config.ts reads REDIS_URL while the runner loads it, before the runner's own env applies.
  process.env.REDIS_URL = redisUrl
} else {
  console.warn("Redis suite NOT RUN: set REDIS_URL (or run Redis on 127.0.0.1:6379) to test the Redis modules.")
}

const describeWithRedis = redisUrl ? describe : describe.skip

// BullMQ writes this key when the Redis workflow engine creates its queue at boot.
const WORKFLOW_QUEUE_KEY = "bull:medusa-workflows:meta"

describeWithRedis("with REDIS_URL", () => {
  let redis: Redis

  beforeAll(async () => {
    redis = new Redis(redisUrl!)
    await redis.del(WORKFLOW_QUEUE_KEY)
  })

  afterAll(async () => {
    await redis.quit()
    if (previousRedisUrl === undefined) {
      delete process.env.REDIS_URL
    } else {
      process.env.REDIS_URL = previousRedisUrl
    }
  })

  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      it("boots on Medusa's Redis modules and serves requests", async () => {
        expect(getContainer().resolve(Modules.EVENT_BUS).constructor.name).toBe("RedisEventBusService")
        expect(await redis.exists(WORKFLOW_QUEUE_KEY)).toBe(1)

        const { status } = await api.get("/health")
        expect(status).toBe(200)
      })

      it("caches through the Caching Module's Redis provider, under this store's own prefix", async () => {
        const caching = getContainer().resolve(Modules.CACHING)
        await caching.set({ key: "redis-suite-probe", data: { ok: true }, ttl: 30 })
        expect(await caching.get({ key: "redis-suite-probe" })).toEqual({ ok: true })
        // The prefix hashes the database URL, so stores sharing this Redis never read each other's data.
        const [stored, ...others] = await redis.keys("mc:*redis-suite-probe")
        expect(others).toEqual([])
        expect(stored).toMatch(/^mc:[0-9a-f]{16}:redis-suite-probe$/)
      })
    },
  })
})
