import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents, Modules } from "@medusajs/framework/utils"
import { notifyBackInStockWorkflow } from "../workflows/reviews/notify-back-in-stock"

const LEVEL_EVENTS: string[] = [InventoryEvents.INVENTORY_LEVEL_CREATED, InventoryEvents.INVENTORY_LEVEL_UPDATED]

/** The inventory items a level or reservation event is about (a deleted reservation is read with its deleted row). */
async function inventoryItemsOf(name: string, ids: string[], container: SubscriberArgs["container"]): Promise<string[]> {
  const inventory = container.resolve(Modules.INVENTORY)
  const rows = LEVEL_EVENTS.includes(name)
    ? await inventory.listInventoryLevels({ id: ids }, { select: ["inventory_item_id"] })
    : await inventory.listReservationItems({ id: ids }, { select: ["inventory_item_id"], withDeleted: true })
  return [...new Set(rows.map((row) => row.inventory_item_id))]
}

/**
 * Back-in-stock alerts follow the stock: a level stocked or a reservation released can bring a
 * sold-out variant back (its waiting readers are mailed); a reservation made can sell it out (so the
 * next stock counts as a restock). Stock edits, orders and cancellations all pass through these events.
 */
export default async function notifyBackInStock({ event, container }: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const ids = [event.data].flat().map((item) => item.id)
  const inventoryItemIds = await inventoryItemsOf(event.name, ids, container)
  if (inventoryItemIds.length) {
    await notifyBackInStockWorkflow(container).run({ input: { inventory_item_ids: inventoryItemIds } })
  }
}

export const config: SubscriberConfig = {
  event: [
    ...LEVEL_EVENTS,
    InventoryEvents.RESERVATION_ITEM_CREATED,
    InventoryEvents.RESERVATION_ITEM_UPDATED,
    InventoryEvents.RESERVATION_ITEM_DELETED,
  ],
}
