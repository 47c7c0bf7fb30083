// Brings up the real store for the browser tests (fresh seeded database, `medusa start`, the
// storefront's production build) and returns the teardown that stops it and drops the database.
// Stripe is configured against the local Stripe double, so the US region offers cards next to the
// system provider (which the other suites pay with).
import path from "node:path"
// Plain ESM helpers shared with npm start and the benchmarks.
import { ROOT } from "../../../scripts/lib/processes.mjs"
import { launchTestStore } from "../../../scripts/lib/stack.mjs"
import { startStripeDouble } from "../../support/stripe-double.mjs"

export default async function globalSetup() {
  const stripeDouble = await startStripeDouble()
  try {
    const store = await launchTestStore({
      name: "e2e",
      logDir: path.join(ROOT, "tests", "e2e", ".results"),
      env: {
        STRIPE_API_KEY: "sk_test_e2e_stripe_double",
        STRIPE_WEBHOOK_SECRET: "whsec_e2e_stripe_double",
        STRIPE_API_URL: stripeDouble.url,
        NEXT_PUBLIC_STRIPE_KEY: "pk_test_e2e_stripe_double",
      },
    })
    process.env.E2E_STOREFRONT_URL = store.storefrontUrl
    process.env.E2E_BACKEND_URL = store.backendUrl
    process.env.E2E_PUBLISHABLE_KEY = store.publishableKey
    process.env.E2E_DATABASE_URL = store.databaseUrl
    process.env.E2E_OUTBOX_DIR = store.outboxDir
    process.env.E2E_STOREFRONT_PROXY_SECRET = store.proxySecret
    process.env.E2E_STRIPE_DOUBLE_URL = stripeDouble.url
    return async () => {
      await store.stop()
      await stripeDouble.stop()
    }
  } catch (error) {
    await stripeDouble.stop()
    throw error
  }
}
