import type { ExecArgs } from "@medusajs/framework/types"
import { renewDueAutoships } from "../lib/autoship/renew-due"

/**
 * One renewal pass as its own process, with the clock given as an ISO date (the job's clock otherwise):
 * `npx medusa exec ./src/scripts/renew-autoships.ts 2026-01-01T00:00:00Z`. Prints one JSON line
 * `{ now, renewed, outcomes, started_at, finished_at }` (epoch ms of the pass itself, boot excluded) for
 * the reliability suite and the benchmark to read.
 */
export default async function renewAutoships({ container, args }: ExecArgs) {
  const now = args?.[0] ? new Date(args[0]) : new Date()
  if (Number.isNaN(now.getTime())) {
    throw new Error(`Not a date: ${args[0]} (give an ISO date, e.g. 2026-01-01T00:00:00Z)`)
  }
  const started_at = Date.now()
  const { renewed, outcomes } = await renewDueAutoships(container, now)
  console.log(JSON.stringify({ now: now.toISOString(), renewed, outcomes, started_at, finished_at: Date.now() }))
}
