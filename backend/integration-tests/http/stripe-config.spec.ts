import path from "node:path"
import StoreStripeProviderService from "../../src/modules/stripe-payment/service"

// medusa-config.ts read under different environments, without booting Medusa.
const CONFIG_FILE = path.resolve(__dirname, "../../medusa-config.ts")
// Loaded once and handed to every fresh copy of the config (loading it again takes seconds).
const frameworkUtils = jest.requireActual("@medusajs/framework/utils")
const STRIPE_VARIABLES = ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_URL"] as const

type ModuleEntry = { resolve?: string; options?: Record<string, any> }

function configWith(env: Partial<Record<(typeof STRIPE_VARIABLES)[number], string>>) {
  const saved = Object.fromEntries(STRIPE_VARIABLES.map((key) => [key, process.env[key]]))
  for (const key of STRIPE_VARIABLES) {
    if (env[key] === undefined) delete process.env[key]
    else process.env[key] = env[key]
  }
  try {
    let config: { modules: Record<string, ModuleEntry> | ModuleEntry[] } | undefined
    jest.isolateModules(() => {
      jest.doMock("@medusajs/framework/utils", () => frameworkUtils)
      // jest.isolateModules loads synchronously: an import() would escape the mocked registry.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      config = require(CONFIG_FILE)
    })
    const modules = Object.values(config!.modules)
    const byResolve = (resolve: string) => modules.find((entry) => entry.resolve === resolve)
    return {
      paymentProviders: byResolve("@medusajs/medusa/payment")?.options?.providers as unknown[],
      webhookOptions: byResolve("./src/modules/stripe-webhook")?.options,
    }
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

describe("the Stripe switch in medusa-config.ts", () => {
  let exit: jest.SpyInstance
  let consoleError: jest.SpyInstance

  beforeEach(() => {
    exit = jest.spyOn(process, "exit").mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`)
    }) as never)
    consoleError = jest.spyOn(console, "error").mockImplementation(() => {})
  })
  afterEach(() => {
    exit.mockRestore()
    consoleError.mockRestore()
  })

  it("without Stripe keys: no Stripe provider (the system provider is Medusa's built-in default)", () => {
    const { paymentProviders, webhookOptions } = configWith({})
    expect(paymentProviders).toEqual([])
    expect(webhookOptions).toEqual({ webhookSecret: undefined })
  })

  it("with both keys: Medusa's Stripe provider as `stripe` (pp_stripe_stripe), capturing on confirmation", () => {
    const { paymentProviders, webhookOptions } = configWith({ STRIPE_API_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_123" })
    expect(paymentProviders).toEqual([
      {
        resolve: "./src/modules/stripe-payment",
        id: "stripe",
        options: { apiKey: "sk_test_123", webhookSecret: "whsec_123", capture: true, automaticPaymentMethods: true, apiUrl: undefined },
      },
    ])
    expect(webhookOptions).toEqual({ webhookSecret: "whsec_123" })
    expect(StoreStripeProviderService.identifier).toBe("stripe")
  })

  it("STRIPE_API_URL points the Stripe client elsewhere; a malformed one stops the backend", () => {
    const { paymentProviders } = configWith({ STRIPE_API_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_123", STRIPE_API_URL: "http://127.0.0.1:12111" })
    expect(paymentProviders).toEqual([expect.objectContaining({ options: expect.objectContaining({ apiUrl: "http://127.0.0.1:12111" }) })])

    expect(() => configWith({ STRIPE_API_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_123", STRIPE_API_URL: "not a url" })).toThrow("exit 1")
    expect(consoleError).toHaveBeenCalledWith('Configuration error: STRIPE_API_URL is not a valid URL: "not a url"')
  })

  it("one key without the other stops the backend with a clear message", () => {
    for (const env of [{ STRIPE_API_KEY: "sk_test_123" }, { STRIPE_WEBHOOK_SECRET: "whsec_123" }]) {
      expect(() => configWith(env)).toThrow("exit 1")
    }
    expect(consoleError).toHaveBeenCalledTimes(2)
    expect(consoleError).toHaveBeenLastCalledWith(
      "Configuration error: STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET must be set together (or neither, for the system provider only)"
    )
  })
})
