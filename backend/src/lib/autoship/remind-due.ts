import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUTOSHIP_REMINDER_DAYS } from "@supplement-store/contract"
import { AUTOSHIP_MODULE } from "../../modules/autoship"
import type AutoshipModuleService from "../../modules/autoship/service"
import { addDays } from "../../modules/autoship/transitions"
import { markAutoshipRemindedWorkflow } from "../../workflows/autoship/mark-autoship-reminded"
import { sendOnce } from "../send-once"
import { autoshipAccountUrl, autoshipSkipUrl, autoshipsForMail } from "./mail"

/**
 * Mails each active autoship shipping within AUTOSHIP_REMINDER_DAYS of `now` its reminder, once per
 * shipment date: `reminded_for` records the date after sending, and the notification's idempotency
 * key holds it too, so a run that dies between the two still sends one mail. The clock is a
 * parameter, so tests choose the day.
 */
export async function remindDueAutoships(container: MedusaContainer, now: Date) {
  const service = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
  const upcoming = await service.listAutoships(
    { status: "active", next_order_at: { $gt: now, $lte: addDays(now, AUTOSHIP_REMINDER_DAYS) } },
    { select: ["id", "next_order_at", "reminded_for"] }
  )
  const due = upcoming.filter((a) => !a.reminded_for || new Date(a.reminded_for).getTime() !== new Date(a.next_order_at).getTime())
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let sent = 0
  for (const autoship of await autoshipsForMail(container, due.map((a) => a.id))) {
    const date = autoship.next_order_at.toISOString()
    try {
      // A reminder a dead run sent but did not record is only recorded now.
      await sendOnce(container, {
        to: autoship.email,
        channel: "email",
        template: "autoship-reminder",
        trigger_type: "autoship.reminder",
        resource_type: "autoship",
        resource_id: autoship.id,
        idempotency_key: `autoship-reminder-${autoship.id}-${date}`,
        data: {
          next_order_at: date,
          lines: autoship.lines,
          payment_label: autoship.payment_label,
          skip_url: autoshipSkipUrl(container, autoship),
          change_url: autoshipAccountUrl(container),
        },
      })
      await markAutoshipRemindedWorkflow(container).run({ input: { id: autoship.id, reminded_for: autoship.next_order_at } })
      sent++
    } catch (error) {
      logger.error(`autoship ${autoship.id}: reminder not sent, retried next run: ${(error as Error).message}`)
    }
  }
  return { sent }
}
