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

type Api = { get: Function; post: Function }

type Checkout = {
  email: string
  metadata?: Record<string, unknown>
  /** The product to buy (its first variant with stock); by default the first one in stock. */
  product_id?: string
  /** Runs once the item is in the cart, as a storefront would after its add-to-cart. */
  afterAddingItem?: (cartId: string, productId: string) => Promise<unknown>
}

/**
 * A guest checkout through the store API with the system payment provider: one unit of an in-stock
 * variant, shipped to a US address. Returns the completed order.
 */
export async function placeOrder(api: Api, store: { headers: Record<string, string> }, { email, metadata, product_id, afterAddingItem }: Checkout) {
  const { data: regions } = await api.get("/store/regions", store)
  const { data: created } = await api.post("/store/carts", { region_id: regions.regions[0].id, email, metadata }, store)
  const cartId = created.cart.id
  const only = product_id ? `&id=${product_id}` : ""
  const { data: listed } = await api.get(`/store/products?limit=20&fields=id,variants.id,variants.inventory_quantity${only}`, store)
  const products: { id: string; variants: { id: string; inventory_quantity: number }[] }[] = listed.products
  const inStock = (v: { inventory_quantity: number }) => v.inventory_quantity > 5
  const product = products.find((p) => p.variants.some(inStock))!
  const variant = product.variants.find(inStock)!
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 1 }, store)
  await afterAddingItem?.(cartId, product.id)
  const address = { first_name: "Ada", last_name: "Shopper", address_1: "1 Elm Street", city: "Portland", province: "OR", postal_code: "97201", country_code: "us" }
  await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, store)
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  return completed.order as { id: string; display_id: number; email: string; total: number; items: { title: string }[] }
}

/** Registers a customer account and answers its id and the store headers of its session. */
export async function registerCustomer(api: Api, store: { headers: Record<string, string> }, email: string, password = "autoship-test-password") {
  const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post(
    "/store/customers",
    { email, first_name: "Test", last_name: "Shopper" },
    { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return { id: data.customer.id as string, headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
}
