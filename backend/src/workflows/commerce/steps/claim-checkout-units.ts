import { ILockingModule } from "@medusajs/framework/types"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The cart as claimCheckoutUnitsWorkflow reads it (CHECKOUT_CART_FIELDS). */
export type CheckoutCart = {
  id: string
  completed_at?: string | Date | null
  sales_channel_id?: string | null
  items?: ({
    quantity: number
    product_title?: string | null
    variant?: {
      manage_inventory?: boolean | null
      allow_backorder?: boolean | null
      inventory_items?: ({
        inventory_item_id: string
        required_quantity: number
        inventory?: {
          location_levels?: ({
            location_id: string
            stock_locations?: StockLocation | StockLocation[] | null
          } | null)[] | null
        } | null
      } | null)[] | null
    } | null
  } | null)[] | null
}
type StockLocation = { sales_channels?: { id: string }[] | { id: string } | null } | null

export type CheckoutClaims = { owner: string; keys: string[] }

// A crashed server's claims free themselves after the cart completion lock's own TTL.
const CLAIM_SECONDS = 120

const unitKey = (inventoryItemId: string, unit: number) => `checkout-unit:${inventoryItemId}:${unit}`

/** What the cart needs of each inventory item with managed, non-backorderable stock, and where it may come from. */
function needs(cart: CheckoutCart) {
  const byItem = new Map<string, { title: string; quantity: number; locationIds: string[] }>()
  for (const item of cart.items ?? []) {
    const variant = item?.variant
    if (!item || !variant?.manage_inventory || variant.allow_backorder) {
      continue
    }
    for (const link of variant.inventory_items ?? []) {
      if (!link) {
        continue
      }
      const locationIds = (link.inventory?.location_levels ?? [])
        .filter((level) =>
          [level?.stock_locations ?? []].flat().some((location) => [location?.sales_channels ?? []].flat().some((channel) => channel.id === cart.sales_channel_id))
        )
        .map((level) => level!.location_id)
      const need = byItem.get(link.inventory_item_id) ?? { title: item.product_title ?? "This item", quantity: 0, locationIds }
      need.quantity += MathBN.convert(MathBN.mult(item.quantity, link.required_quantity)).toNumber()
      byItem.set(link.inventory_item_id, need)
    }
  }
  return byItem
}

/**
 * Admission to checkout for the last units: a cart whose items are sold out is refused here, naming
 * the product, instead of queueing for Medusa's inventory lock only to be told so seconds later. Each
 * unit still available is a short lock ("checkout-unit:<item>:<n>") that a cart in checkout holds, so
 * when 50 shoppers complete carts for 10 units at once, 10 go on and 40 are answered at once. Medusa's
 * reservation (under its inventory lock) stays what guarantees no oversell; these claims only decide
 * who waits for it. The caller releases them when the completion has answered (releaseCheckoutUnits).
 */
export const claimCheckoutUnitsStep = createStep(
  "claim-checkout-units",
  async (cart: CheckoutCart, { container }) => {
    const owner = `cart:${cart.id}`
    // A completed cart is answered with its order by Medusa; nothing to claim.
    if (cart.completed_at) {
      return new StepResponse<CheckoutClaims, CheckoutClaims>({ owner, keys: [] }, { owner, keys: [] })
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const keys: string[] = []
    try {
      for (const [inventoryItemId, need] of needs(cart)) {
        const available = need.locationIds.length
          ? MathBN.convert(await inventory.retrieveAvailableQuantity(inventoryItemId, need.locationIds)).toNumber()
          : 0
        if (available < need.quantity) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            available <= 0 ? `${need.title} is sold out` : `Only ${available} of ${need.title} left; lower the quantity to order them`
          )
        }
        // Lowest units first; a unit held by another cart's checkout is taken.
        let claimed = 0
        for (let unit = 0; unit < available && claimed < need.quantity; unit++) {
          try {
            await locking.acquire(unitKey(inventoryItemId, unit), { ownerId: owner, expire: CLAIM_SECONDS })
            keys.push(unitKey(inventoryItemId, unit))
            claimed += 1
          } catch {
            // Held by another checkout.
          }
        }
        if (claimed < need.quantity) {
          throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${need.title} is sold out: its last units are in other shoppers' checkouts`)
        }
      }
    } catch (error) {
      await releaseCheckoutUnits(container, { owner, keys })
      throw error
    }
    return new StepResponse<CheckoutClaims, CheckoutClaims>({ owner, keys }, { owner, keys })
  },
  async (claims, { container }) => {
    if (claims) {
      await releaseCheckoutUnits(container, claims)
    }
  }
)

/** Gives back a checkout's unit claims (those it still holds). */
export async function releaseCheckoutUnits(container: { resolve<T>(key: string): T }, { owner, keys }: CheckoutClaims) {
  if (keys.length) {
    await container.resolve<ILockingModule>(Modules.LOCKING).release(keys, { ownerId: owner })
  }
}
