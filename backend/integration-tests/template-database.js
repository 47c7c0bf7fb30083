// One migrated database for the whole jest run: each suite's database is cloned from it
// (helpers/test-runner.ts), so the runner's migrations find nothing left to do. Migrating took a
// minute or more per suite; cloning takes a second.
const { spawnSync } = require("node:child_process")
const path = require("node:path")
const { Client } = require("@medusajs/framework/pg")

// The same server and credentials @medusajs/test-utils creates its databases with.
const credentials = () => ({
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || undefined,
  database: "postgres",
})

function databaseUrl(name) {
  const { host, port, user, password } = credentials()
  const auth = encodeURIComponent(user) + (password ? `:${encodeURIComponent(password)}` : "")
  return `postgres://${auth}@${host}:${port}/${name}`
}

async function onServer(statements) {
  const client = new Client(credentials())
  await client.connect()
  try {
    for (const statement of statements) {
      await client.query(statement)
    }
  } finally {
    await client.end()
  }
}

async function createTemplate() {
  const name = `store_template_${process.pid}`
  await onServer([`DROP DATABASE IF EXISTS "${name}"`, `CREATE DATABASE "${name}"`])
  // Medusa's own migrate command: module migrations, link tables and search indexes; the migration
  // scripts (data) are left out, as the runner leaves them out.
  const cli = path.join(path.dirname(require.resolve("@medusajs/cli/package.json")), "cli.js")
  const started = Date.now()
  const { status } = spawnSync(process.execPath, [cli, "db:migrate", "--skip-scripts", "--execute-all-links", "--execute-all-search"], {
    cwd: path.resolve(__dirname, ".."),
    env: { ...process.env, NODE_ENV: "test", DATABASE_URL: databaseUrl(name) },
    stdio: ["ignore", "inherit", "inherit"],
  })
  if (status !== 0) {
    await dropTemplate(name)
    throw new Error(`migrating the template database ${name} failed (exit code ${status})`)
  }
  // Nothing may stay connected to a template, or cloning it fails.
  await onServer([`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`])
  console.log(`\ntemplate database ${name} migrated in ${((Date.now() - started) / 1000).toFixed(0)}s`)
  return name
}

/**
 * Drops the template and whatever a suite left behind: clones are named after the template, and the
 * runner skips its drop when a suite's shutdown times out.
 */
async function dropTemplate(name) {
  const client = new Client(credentials())
  await client.connect()
  try {
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE left(datname, $1) = $2", [name.length + 1, `${name}_`])
    for (const database of [...rows.map((row) => row.datname), name]) {
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    }
  } finally {
    await client.end()
  }
}

async function cloneTemplate(template, name) {
  await onServer([`CREATE DATABASE "${name}" TEMPLATE "${template}"`])
}

module.exports = { createTemplate, dropTemplate, cloneTemplate }
