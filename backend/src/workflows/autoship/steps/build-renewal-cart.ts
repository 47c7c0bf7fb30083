import type { FilterableShippingOptionProps } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { AUTOSHIP_LINE_METADATA_KEY } from "@supplement-store/contract"
import { AUTOSHIP_SHIPPING_CODE } from "../../../lib/autoship/cart"
import { renewalPaymentData } from "../../../lib/autoship/payment"
import { AUTOSHIP_MODULE } from "../../../modules/autoship"
import type AutoshipModuleService from "../../../modules/autoship/service"

type RenewalAutoship = {
  id: string
  customer_id: string
  email: string
  interval_days: number
  region_id: string
  sales_channel_id: string | null
  shipping_address: Record<string, unknown>
  shipping_option_id: string
  payment_provider_id: string
  payment_method_id: string | null
  lines: { variant_id: string; quantity: number }[]
}
export type Claim = { autoship: RenewalAutoship; cycle: { id: string; cart_id: string | null } } | null
export type RenewalCart = { cart_id: string | null; missing_variant_ids: string[] }

/**
 * The renewal's cart, made as a checkout makes one, through Medusa's cart workflows: the customer
 * (so member prices apply), the lines that are in stock, the saved address, free autoship delivery
 * and a payment session on the saved payment. The cart id is kept on the cycle before anything
 * else, so a worker that dies later leaves a cart the next run completes instead of a second one.
 */
export const buildRenewalCartStep = createStep("build-renewal-cart", async (claim: Claim, { container }) => {
  if (!claim) {
    return new StepResponse<RenewalCart | null>(null)
  }
  const { autoship, cycle } = claim
  if (cycle.cart_id) {
    // A dead worker may have stopped before the cart had its delivery.
    if (await lacksDelivery(container, cycle.cart_id)) {
      await addFreeDelivery(container, cycle.cart_id, autoship)
    }
    // The retry of a declined cycle charges the autoship's card afresh (it may have changed since); a
    // cart a dead worker left keeps the payment it had, which may already have gone through.
    if (await paymentWasRefused(container, cycle.cart_id)) {
      await startRenewalPayment(container, cycle.cart_id, autoship)
    }
    return new StepResponse<RenewalCart | null>({ cart_id: cycle.cart_id, missing_variant_ids: [] })
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const available = autoship.sales_channel_id
    ? await getVariantAvailability(query, { variant_ids: autoship.lines.map((line) => line.variant_id), sales_channel_id: autoship.sales_channel_id })
    : {}
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "allow_backorder", "product.status"],
    filters: { id: autoship.lines.map((line) => line.variant_id) },
  })
  const shippable = (line: { variant_id: string; quantity: number }) => {
    const variant = variants.find((v) => v.id === line.variant_id)
    if (!variant || variant.product?.status !== "published") {
      return false
    }
    return !variant.manage_inventory || variant.allow_backorder || (available[line.variant_id]?.availability ?? 0) >= line.quantity
  }
  const lines = autoship.lines.filter(shippable)
  const missing_variant_ids = autoship.lines.filter((line) => !shippable(line)).map((line) => line.variant_id)
  if (!lines.length) {
    return new StepResponse<RenewalCart | null>({ cart_id: null, missing_variant_ids })
  }

  const address = autoship.shipping_address
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: autoship.region_id,
      sales_channel_id: autoship.sales_channel_id ?? undefined,
      customer_id: autoship.customer_id,
      email: autoship.email,
      shipping_address: address,
      billing_address: address,
      items: lines.map((line) => ({
        variant_id: line.variant_id,
        quantity: line.quantity,
        metadata: { [AUTOSHIP_LINE_METADATA_KEY]: autoship.interval_days },
      })),
      metadata: { autoship_id: autoship.id, autoship_cycle_id: cycle.id },
    },
  })
  await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).updateAutoshipCycles({ id: cycle.id, cart_id: cart.id })
  await addFreeDelivery(container, cart.id, autoship)
  await startRenewalPayment(container, cart.id, autoship)
  return new StepResponse<RenewalCart | null>({ cart_id: cart.id, missing_variant_ids })
})

type Container = Parameters<Parameters<typeof createStep>[1]>[1]["container"]

/** Free autoship delivery, or the autoship's own shipping option in a store without it. */
async function addFreeDelivery(container: Container, cartId: string, autoship: RenewalAutoship) {
  const [freeDelivery] = await container
    .resolve(Modules.FULFILLMENT)
    // The model's relation is `type`; Medusa's filter type calls it `shipping_option_type`, which the ORM refuses.
    .listShippingOptions({ type: { code: AUTOSHIP_SHIPPING_CODE } } as FilterableShippingOptionProps, { take: 1 })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cartId, options: [{ id: freeDelivery?.id ?? autoship.shipping_option_id }] },
  })
}

/** Whether an open cart has no shipping method yet. */
async function lacksDelivery(container: Container, cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["completed_at", "shipping_methods.id"], filters: { id: cartId } })
  const cart = data[0] as unknown as { completed_at: string | null; shipping_methods?: { id: string }[] | null } | undefined
  return !!cart && !cart.completed_at && !cart.shipping_methods?.length
}

/** A payment session on the autoship's saved payment; it replaces any earlier session of the cart. */
async function startRenewalPayment(container: Container, cartId: string, autoship: RenewalAutoship) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cartId } })
  const existing = (data[0] as unknown as { payment_collection?: { id: string } | null } | undefined)?.payment_collection
  const collectionId = existing?.id ?? (await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })).result.id
  await createPaymentSessionsWorkflow(container).run({
    input: {
      payment_collection_id: collectionId,
      provider_id: autoship.payment_provider_id,
      customer_id: autoship.customer_id,
      data: renewalPaymentData(autoship),
    },
  })
}

/** Whether the open cart's payment was declined or never started, so charging again cannot charge twice. */
async function paymentWasRefused(container: Container, cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["completed_at", "payment_collection.payment_sessions.status"],
    filters: { id: cartId },
  })
  const cart = data[0] as unknown as { completed_at: string | null; payment_collection?: { payment_sessions?: { status: string }[] } | null } | undefined
  if (!cart || cart.completed_at) {
    return false
  }
  const live = ["pending", "pending_authorization", "authorized", "captured"]
  return !(cart.payment_collection?.payment_sessions ?? []).some((session) => live.includes(session?.status))
}
