// Autoship renewals as separate processes: the seeding script and one renewal pass
// (`medusa exec ./src/scripts/renew-autoships.ts <ISO date>`), each with the environment of a worker.
import { spawn } from "node:child_process"
import { openSync, writeSync } from "node:fs"
import { BACKEND_DIR, bin } from "../../../scripts/lib/processes.mjs"

/**
 * Starts a backend script in its own process group; `result` resolves with the JSON line it printed,
 * or rejects when it fails. `child` is there to kill it.
 */
export function execScript(env, script, args, { log }) {
  const output = openSync(log, "a")
  const child = spawn(bin("medusa", BACKEND_DIR), ["exec", `./src/scripts/${script}`, ...args], {
    cwd: BACKEND_DIR,
    env,
    detached: true,
    stdio: ["ignore", "pipe", output],
  })
  let stdout = ""
  // Medusa's logger writes to stdout too: keep it all in the log, and read the JSON line from it.
  child.stdout.on("data", (chunk) => {
    stdout += chunk
    writeSync(output, chunk)
  })
  const result = new Promise((resolve, reject) => {
    child.once("error", reject)
    child.once("exit", (code, signal) => {
      const line = stdout.split("\n").reverse().find((text) => text.startsWith("{"))
      if (code === 0 && line) {
        resolve(JSON.parse(line))
      } else {
        reject(Object.assign(new Error(`${script} ended with ${signal ?? `exit code ${code}`} (output in ${log})`), { signal }))
      }
    })
  })
  return { child, result }
}

/** `count` autoships due at `dueAt` for `customers` new club members; resolves with what the script printed. */
export const seedDueAutoships = (env, { count, customers, dueAt, log }) =>
  execScript(env, "seed-due-autoships.ts", [String(count), String(customers), dueAt.toISOString()], { log }).result

/** One renewal pass with the clock at `now`: `{ child, result }`, result being `{ now, renewed, outcomes, started_at, finished_at }`. */
export const startRenewalPass = (env, now, { log }) => execScript(env, "renew-autoships.ts", [now.toISOString()], { log })

/**
 * What the renewals of `dueAt` made, read in SQL: orders per cycle, cycles per outcome, and autoships
 * with more than one order or more than one cycle for that date.
 */
export async function renewalLedger(sql, dueAt) {
  const cycles = await sql("select outcome, count(*)::int as n from autoship_cycle where due_at = $1 and deleted_at is null group by outcome", [dueAt])
  const [{ orders }] = await sql(
    `select count(*)::int as orders from "order" o join autoship_cycle c on c.id = o.metadata->>'autoship_cycle_id'
     where c.due_at = $1 and o.deleted_at is null`,
    [dueAt]
  )
  const repeatedCycleOrders = await sql(
    `select o.metadata->>'autoship_cycle_id' as cycle_id, count(*)::int as n from "order" o
     where o.metadata ? 'autoship_cycle_id' and o.deleted_at is null group by 1 having count(*) > 1`
  )
  const autoshipsWithTwoCycles = await sql(
    "select autoship_id, count(*)::int as n from autoship_cycle where due_at = $1 and deleted_at is null group by 1 having count(*) > 1",
    [dueAt]
  )
  return {
    orders,
    cycles: Object.fromEntries(cycles.map((row) => [row.outcome, row.n])),
    repeatedCycleOrders: repeatedCycleOrders.length,
    autoshipsWithTwoCycles: autoshipsWithTwoCycles.length,
  }
}
