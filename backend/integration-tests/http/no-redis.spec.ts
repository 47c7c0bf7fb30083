import { medusaIntegrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  env: { REDIS_URL: "" },
  testSuite: ({ api, getContainer }) => {
    it("boots on the in-memory defaults without REDIS_URL", async () => {
      expect(process.env.REDIS_URL || undefined).toBeUndefined()
      expect(getContainer().resolve(Modules.EVENT_BUS).constructor.name).toBe("LocalEventBusService")
      const { status } = await api.get("/health")
      expect(status).toBe(200)
    })
  },
})
