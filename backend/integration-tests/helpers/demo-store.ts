import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/scripts/seed-data/seed-store"
import { DEMO_STORE } from "../../src/scripts/seed-data/store-setup"

/** Seeds the demo store and returns the headers a storefront sends to the store API. */
export async function seedAndGetStoreHeaders(container: MedusaContainer) {
  await seedDemoStore(container)
  const [key] = await container
    .resolve(Modules.API_KEY)
    .listApiKeys({ title: DEMO_STORE.publishableKeyTitle, type: "publishable" })
  return { headers: { "x-publishable-api-key": key.token } }
}

/** Logs in the seeded admin user and returns bearer headers for the admin API. */
export async function adminHeaders(api: { post: Function }) {
  const { email, password } = DEMO_STORE.admin
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
