// The store's processes, shared by `npm start` and the end-to-end harness: database preparation, the
// Medusa backend and the Next.js storefront.
import { randomBytes } from "node:crypto"
import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ensureDatabase, freePort, queryRows, startEmbeddedPostgres } from "./postgres.mjs"
import { BACKEND_DIR, bin, run, start, stop, STOREFRONT_DIR, waitForHttp } from "./processes.mjs"

/** Environment of the backend processes for a database and a pair of ports. */
export function backendEnv(databaseUrl, { backendPort, storefrontPort, extra = {} }) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    PORT: String(backendPort),
    BACKEND_URL: process.env.BACKEND_URL || `http://localhost:${backendPort}`,
    STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${storefrontPort}`,
    // Shared by backend and storefront: the backend asks the storefront to drop stale pages.
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET || randomBytes(24).toString("hex"),
    // Shared too: the storefront proves that the reader's address it forwards can be believed.
    STOREFRONT_PROXY_SECRET: process.env.STOREFRONT_PROXY_SECRET || randomBytes(24).toString("hex"),
    ...extra,
  }
}

/** Applies migrations, then seeds the demo store when the database has no products (or always, with `seed`). */
export async function prepareDatabase(env, { seed = false, say = () => {}, log } = {}) {
  say("applying migrations")
  await migrateDatabase(env, { log })
  if (seed || (await isEmptyStore(env.DATABASE_URL))) {
    say("seeding the demo store and indexing it for search")
    await seedStore(env, { log })
  }
}

// No storefront runs while the database is prepared: the seed's product and article events have no
// pages to revalidate.
function withoutRevalidation({ REVALIDATE_SECRET, ...env }) {
  return env
}

/** `medusa db:migrate`: module and link migrations, then the migration scripts. */
export function migrateDatabase(env, { log, onLine } = {}) {
  return run(bin("medusa", BACKEND_DIR), ["db:migrate"], { cwd: BACKEND_DIR, env: withoutRevalidation(env), label: "medusa db:migrate", log, onLine })
}

/** The demo seed (it only adds what is missing), then a rebuild of the search indexes. */
export function seedStore(env, { log, onLine } = {}) {
  return run(bin("medusa", BACKEND_DIR), ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND_DIR, env: withoutRevalidation(env), label: "seed", log, onLine })
}

export async function isEmptyStore(databaseUrl) {
  const [{ count }] = await queryRows(databaseUrl, "select count(*)::int as count from product")
  return count === 0
}

/** SQL for the publishable API key the seed made for the storefront (its token). */
export const PUBLISHABLE_KEY_QUERY =
  "select token from api_key where type = 'publishable' and title = 'Storefront' and revoked_at is null limit 1"

/** The publishable API key the seed made for the storefront. */
export async function readPublishableKey(databaseUrl) {
  const [key] = await queryRows(databaseUrl, PUBLISHABLE_KEY_QUERY)
  if (!key) {
    throw new Error('the "Storefront" publishable API key is missing: run `npm run seed`')
  }
  return key.token
}

/**
 * `medusa develop` (watches and restarts) for people, `medusa start` for test runs, or with `built`
 * the production build that buildBackend left in .medusa/server (with the admin).
 */
export function startBackend(env, { watch = true, built = false, log, onLine } = {}) {
  const cwd = built ? path.join(BACKEND_DIR, ".medusa", "server") : BACKEND_DIR
  return start(bin("medusa", BACKEND_DIR), [watch && !built ? "develop" : "start"], { cwd, env, label: "backend", log, onLine })
}

/** `medusa build`: the server compiled to JavaScript and the admin's production bundle, in .medusa/server. */
export function buildBackend(env, { log, onLine } = {}) {
  return run(bin("medusa", BACKEND_DIR), ["build"], { cwd: BACKEND_DIR, env, label: "medusa build", log, onLine })
}

function storefrontEnv(env, publishableKey, port, distDir) {
  return {
    ...env,
    PORT: String(port),
    MEDUSA_BACKEND_URL: env.BACKEND_URL,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: publishableKey,
    ...(distDir ? { NEXT_DIST_DIR: distDir } : {}),
  }
}

/** Production build of the storefront into `distDir` (so it never clashes with a running `next dev`). */
export function buildStorefront(env, { publishableKey, distDir, log, onLine }) {
  return run(bin("next", STOREFRONT_DIR), ["build"], {
    cwd: STOREFRONT_DIR,
    env: storefrontEnv(env, publishableKey, 0, distDir),
    label: "next build",
    log,
    onLine,
  })
}

/**
 * The storefront's server (storefront/server.mjs, which decides each reader's address): Next.js's dev
 * server for people, a build made by buildStorefront for test runs.
 */
export function startStorefront(env, { publishableKey, port, production = false, distDir, log, onLine }) {
  return start(process.execPath, ["server.mjs", ...(production ? [] : ["--dev"])], {
    cwd: STOREFRONT_DIR,
    // As `next start` and `next dev` would set it.
    env: { ...storefrontEnv(env, publishableKey, port, distDir), NODE_ENV: production ? "production" : "development" },
    label: "storefront",
    log,
    onLine,
  })
}

/**
 * A whole store for test runs and benchmarks: a fresh database on the test PostgreSQL
 * (TEST_DATABASE_URL, or an embedded server), migrated and seeded, the backend (`medusa start`) and
 * the storefront's production build. Returns its URLs and `stop()`, which also drops the database.
 * `env` adds variables for both processes (e.g. Stripe settings pointing at a local double).
 */
export async function launchTestStore({ name, logDir, env: extraEnv = {} }) {
  mkdirSync(logDir, { recursive: true })
  const log = (file) => path.join(logDir, `${file}.log`)
  const server = await testPostgresServer()
  const database = `store_${name}_${process.pid}`
  const databaseUrl = server.url(database)
  const processes = []
  // Without SMTP_URL the backend writes each email as an .eml file here, where tests can read it.
  const outboxDir = mkdtempSync(path.join(os.tmpdir(), `store-outbox-${name}-`))
  const stopAll = async () => {
    await Promise.all(processes.map((child) => stop(child)))
    rmSync(outboxDir, { recursive: true, force: true })
    await queryRows(server.url("postgres"), `drop database if exists "${database}" with (force)`)
    await server.stop()
  }

  try {
    await ensureDatabase(databaseUrl)
    const backendPort = await freePort()
    const storefrontPort = await freePort()
    // `medusa start` runs in production mode, which insists on real secrets.
    const secret = () => randomBytes(24).toString("hex")
    const env = backendEnv(databaseUrl, {
      backendPort,
      storefrontPort,
      extra: {
        DISABLE_ADMIN: "true",
        LOG_LEVEL: "warn",
        JWT_SECRET: secret(),
        COOKIE_SECRET: secret(),
        NEWSLETTER_TOKEN_SECRET: secret(),
        MAIL_OUTBOX_DIR: outboxDir,
        SMTP_URL: "",
        ...extraEnv,
      },
    })
    const distDir = `.next-${name}`
    const storefrontEnvironment = { ...env, NODE_ENV: "production" }
    // The build needs no backend (the key is read at run time), so it overlaps the database work.
    await Promise.all([
      buildStorefront(storefrontEnvironment, { distDir, log: log("storefront-build") }),
      prepareDatabase(env, { log: log("prepare") }),
    ])
    const publishableKey = await readPublishableKey(databaseUrl)

    const backend = startBackend(env, { watch: false, log: log("backend") })
    const storefront = startStorefront(storefrontEnvironment, {
      publishableKey,
      port: storefrontPort,
      production: true,
      distDir,
      log: log("storefront"),
    })
    processes.push(backend, storefront)
    // On a machine shared with other runs, `medusa start` has taken more than the default 3 minutes to boot.
    const boot = { timeoutMs: 420_000 }
    await waitForHttp(`http://localhost:${backendPort}/health`, { ...boot, isAlive: () => backend.exitCode === null })
    await waitForHttp(`http://localhost:${storefrontPort}/`, { ...boot, isAlive: () => storefront.exitCode === null })

    return {
      storefrontUrl: `http://localhost:${storefrontPort}`,
      backendUrl: `http://localhost:${backendPort}`,
      publishableKey,
      databaseUrl,
      outboxDir,
      revalidateSecret: env.REVALIDATE_SECRET,
      // The security suite forges tokens with it, to prove they are refused where they must be.
      jwtSecret: env.JWT_SECRET,
      // Signs autoship skip links: a case signs a valid one to prove altered ones are what is refused.
      linkTokenSecret: env.NEWSLETTER_TOKEN_SECRET,
      backendPid: backend.pid,
      // What the storefront sends with a reader's address; a case can speak as the storefront with it.
      proxySecret: env.STOREFRONT_PROXY_SECRET,
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw new Error(`${error.message} (logs in ${path.relative(process.cwd(), logDir)})`)
  }
}

/**
 * The PostgreSQL server for test runs: TEST_DATABASE_URL, else the one `npm test` describes to its
 * suites with DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, else an embedded server for this run only.
 */
export async function testPostgresServer() {
  const base = process.env.TEST_DATABASE_URL || urlFromTestUtilsEnv()
  if (base) {
    return {
      url: (database) => Object.assign(new URL(base), { pathname: `/${database}` }).toString(),
      stop: async () => {},
    }
  }
  const dataDir = path.join(os.tmpdir(), `store-pg-${process.pid}-${Date.now()}`)
  return startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false })
}

function urlFromTestUtilsEnv() {
  const { DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD } = process.env
  if (!DB_HOST) {
    return undefined
  }
  const url = new URL(`postgres://${DB_HOST}:${DB_PORT || 5432}/postgres`)
  url.username = DB_USERNAME || "postgres"
  url.password = DB_PASSWORD || ""
  return url.toString()
}
