// `npm start` skips `medusa db:migrate` (tens of seconds, even with nothing to do) when nothing that
// decides the schema changed since the database was last migrated from this checkout.
import { createHash } from "node:crypto"
import { readdir, readFile } from "node:fs/promises"
import path from "node:path"
import { BACKEND_DIR, ROOT } from "./processes.mjs"
import { queryRows } from "./postgres.mjs"

// Migrations, links, migration scripts and search index definitions of our code; Medusa's own come with
// its version, which the lockfile pins.
const SCHEMA_SOURCES = ["src/modules", "src/links", "src/migration-scripts", "src/search"]
const SCHEMA_FILES = [
  path.join(BACKEND_DIR, "medusa-config.ts"),
  path.join(BACKEND_DIR, "src/lib/config.ts"),
  path.join(ROOT, "package-lock.json"),
]

async function sourceFiles() {
  const files = [...SCHEMA_FILES]
  for (const dir of SCHEMA_SOURCES) {
    const entries = await readdir(path.join(BACKEND_DIR, dir), { recursive: true, withFileTypes: true })
    for (const entry of entries) {
      const file = path.join(entry.parentPath ?? entry.path, entry.name)
      // In modules, only the migrations shape the schema (a model change comes with its migration).
      if (entry.isFile() && (dir !== "src/modules" || file.includes(`${path.sep}migrations${path.sep}`))) {
        files.push(file)
      }
    }
  }
  return files.sort()
}

export async function schemaFingerprint() {
  const hash = createHash("sha256")
  for (const file of await sourceFiles()) {
    hash
      .update(path.relative(ROOT, file))
      .update("\0")
      .update(await readFile(file))
      .update("\0")
  }
  return hash.digest("hex")
}

const TABLE = "npm_start_schema"

/** Whether `db:migrate` already ran on this database for code with this fingerprint. */
export async function isMigrated(databaseUrl, fingerprint) {
  const [table] = await queryRows(databaseUrl, "select to_regclass($1) as name", [TABLE])
  if (!table.name) {
    return false
  }
  const rows = await queryRows(databaseUrl, `select 1 from ${TABLE} where fingerprint = $1`, [fingerprint])
  return rows.length > 0
}

export async function recordMigrated(databaseUrl, fingerprint) {
  await queryRows(
    databaseUrl,
    `create table if not exists ${TABLE} (fingerprint text primary key, migrated_at timestamptz not null default now())`
  )
  await queryRows(databaseUrl, `delete from ${TABLE}`)
  await queryRows(databaseUrl, `insert into ${TABLE} (fingerprint) values ($1)`, [fingerprint])
}
