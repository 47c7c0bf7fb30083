// The production topology without Docker: several backend server processes (`medusa start` with
// MEDUSA_WORKER_MODE=server) and one worker (MEDUSA_WORKER_MODE=worker) sharing one PostgreSQL database
// and one Redis, each on its own port. Used by the reliability suite and the benchmarks.
import { randomBytes } from "node:crypto"
import { mkdirSync } from "node:fs"
import path from "node:path"
import { ensureDatabase, freePort, queryRows } from "../../../scripts/lib/postgres.mjs"
import { stop, waitForHttp } from "../../../scripts/lib/processes.mjs"
import { backendEnv, prepareDatabase, readPublishableKey, startBackend, testPostgresServer } from "../../../scripts/lib/stack.mjs"

/**
 * Starts `servers` backend servers ("server-1", ...) and one "worker" on a fresh, seeded database.
 * Without `redisUrl`, one instance in shared mode ("server-1"), as `npm start` runs it: in-memory
 * locking, events and workflow engine.
 * Returns their URLs, the publishable key, the database URL, where the backend expects the
 * storefront, `stopInstance(label)`, and `stop()`, which stops everything and drops the database.
 */
export async function launchTopology({ name, logDir, redisUrl, servers = 2 }) {
  mkdirSync(logDir, { recursive: true })
  const log = (file) => path.join(logDir, `${file}.log`)
  const postgres = await testPostgresServer()
  const database = `topo_${name}_${process.pid}`
  const databaseUrl = postgres.url(database)
  const instances = []
  const stopAll = async () => {
    await Promise.all(instances.map(({ child }) => child && stop(child)))
    await queryRows(postgres.url("postgres"), `drop database if exists "${database}" with (force)`)
    await postgres.stop()
  }

  try {
    await ensureDatabase(databaseUrl)
    const secret = () => randomBytes(24).toString("hex")
    // Every instance shares the secrets, as replicas of one deployment do (rate-limit keys hash the cookie secret).
    const shared = {
      DISABLE_ADMIN: "true",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      JWT_SECRET: secret(),
      COOKIE_SECRET: secret(),
      NEWSLETTER_TOKEN_SECRET: secret(),
      // The worker's subscribers ask the storefront at STOREFRONT_URL to revalidate pages with it.
      REVALIDATE_SECRET: secret(),
    }
    const storefrontPort = await freePort()
    const base = backendEnv(databaseUrl, { backendPort: 0, storefrontPort, extra: shared })
    // Seeded without Redis, so no seed events wait in the queues for the worker.
    await prepareDatabase({ ...base, REDIS_URL: "" }, { log: log("prepare") })

    const roles = redisUrl
      ? [...Array.from({ length: servers }, (_, i) => ({ label: `server-${i + 1}`, mode: "server" })), { label: "worker", mode: "worker" }]
      : [{ label: "server-1", mode: "shared" }]
    for (const role of roles) {
      const port = await freePort()
      const env = {
        ...backendEnv(databaseUrl, { backendPort: port, storefrontPort, extra: shared }),
        REDIS_URL: redisUrl,
        MEDUSA_WORKER_MODE: role.mode,
      }
      instances.push({ ...role, port, env, url: `http://localhost:${port}` })
    }
    await Promise.all(
      instances.map(async (instance) => {
        const child = startBackend(instance.env, { watch: false, log: log(instance.label) })
        instance.child = child
        // A booting server type-checks and loads every module: minutes on a busy machine.
        await waitForHttp(`${instance.url}/health`, { timeoutMs: 600_000, isAlive: () => child.exitCode === null && child.signalCode === null })
      })
    )
    const byLabel = (label) => instances.find((instance) => instance.label === label)

    return {
      servers: instances.filter((instance) => instance.mode !== "worker").map((instance) => instance.url),
      worker: byLabel("worker")?.url,
      publishableKey: await readPublishableKey(databaseUrl),
      databaseUrl,
      /** Where the backend sends its revalidation calls (STOREFRONT_URL), and their secret; no storefront runs there unless a caller starts one. */
      storefront: { port: storefrontPort, revalidateSecret: shared.REVALIDATE_SECRET },
      /** The environment of an instance ("worker"), for a `medusa exec` script that should run as it would. */
      envOf: (label) => byLabel(label).env,
      /** Stops an instance ("server-1", "worker"): SIGKILL ends it at once, as a crashed machine would. */
      stopInstance: (label, signal = "SIGTERM") => stop(byLabel(label).child, signal),
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw new Error(`${error.message} (logs in ${path.relative(process.cwd(), logDir)})`)
  }
}
