import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Sends a notification unless one with its idempotency key exists: a redelivered event or a rerun
 * job finds the key taken (the notification module refuses the duplicate), which is not a failure.
 */
export async function sendOnce(container: MedusaContainer, notification: CreateNotificationDTO & { idempotency_key: string }) {
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications(notification)
  } catch (error) {
    // Medusa maps the unique-key violation to INVALID_DATA "Notification with idempotency_key: …, already exists."
    const duplicate = (error as MedusaError).type === MedusaError.Types.INVALID_DATA && /idempotency_key: .*already exists/.test((error as Error).message)
    if (!duplicate) {
      throw error
    }
  }
}
