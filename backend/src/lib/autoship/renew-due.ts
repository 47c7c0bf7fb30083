import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUTOSHIP_MODULE } from "../../modules/autoship"
import type AutoshipModuleService from "../../modules/autoship/service"
import { addDays } from "../../modules/autoship/transitions"
import { cancelAutoshipWorkflow } from "../../workflows/autoship/cancel-autoship"
import { renewAutoshipWorkflow } from "../../workflows/autoship/renew-autoship"
import { AUTOSHIP_PAUSE_MEMBERSHIP_DAYS } from "@supplement-store/contract"

/** How many autoships one pass takes; a longer backlog continues in the next batch of the same pass. */
const BATCH = 50
/** Renewals one worker runs side by side: each mostly waits on PostgreSQL, so a few overlap well. */
const CONCURRENCY = 4

/**
 * Renews every autoship due at `now`, a few at a time. Several workers may run this at once: each
 * renewal claims its cycle first, so a due date becomes one order whichever worker gets there. The
 * clock is a parameter, so tests and the benchmark choose the day.
 */
export async function renewDueAutoships(container: MedusaContainer, now: Date) {
  const autoships = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const outcomes: Record<string, number> = {}
  const tried = new Set<string>()
  let renewed = 0

  const renew = async (autoship_id: string) => {
    try {
      const { result } = await renewAutoshipWorkflow(container).run({ input: { autoship_id, now } })
      const outcome = result ? String(result.outcome ?? "done") : "held elsewhere"
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
      renewed += result ? 1 : 0
    } catch (error) {
      outcomes.error = (outcomes.error ?? 0) + 1
      logger.error(`autoship ${autoship_id}: renewal failed, retried next run: ${(error as Error).message}`)
    }
  }

  for (;;) {
    const due = (await autoships.listDueAutoshipIds(now, BATCH + tried.size)).filter((id) => !tried.has(id))
    if (!due.length) {
      break
    }
    due.forEach((id) => tried.add(id))
    const lanes = Array.from({ length: Math.min(CONCURRENCY, due.length) }, async () => {
      for (let id = due.shift(); id; id = due.shift()) {
        await renew(id)
      }
    })
    await Promise.all(lanes)
  }
  return { renewed, outcomes }
}

/** Autoships paused longer than the membership grace are cancelled (their owner leaves the club with the last). */
export async function endLapsedPauses(container: MedusaContainer, now: Date) {
  const lapsed = await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).listAutoships({
    status: "paused",
    paused_at: { $lt: addDays(now, -AUTOSHIP_PAUSE_MEMBERSHIP_DAYS) },
  })
  for (const autoship of lapsed) {
    await cancelAutoshipWorkflow(container).run({ input: { autoship_id: autoship.id, now } })
  }
  return lapsed.length
}
