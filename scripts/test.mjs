#!/usr/bin/env node
// `npm test`: every suite in the repo against a real PostgreSQL, exit code non-zero on any failure.
// PostgreSQL: TEST_DATABASE_URL when set, otherwise an embedded server in a temporary folder that is
// removed afterwards. Each suite creates and drops its own databases on that server.
// Redis: REDIS_URL when set, otherwise 127.0.0.1:6379 when something answers there; the Redis suite
// says plainly when neither is available.
import { existsSync } from "node:fs"
import { readFile, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { assertReachable, DatabaseUnreachableError, freePort, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { BACKEND_DIR, bin, ROOT, run } from "./lib/processes.mjs"
import { redisAnswers } from "./lib/redis.mjs"

// `npm run test:reliability` (`--reliability`): only the reliability suite.
const reliabilityOnly = process.argv.includes("--reliability")
const say = (message) => console.log(`\x1b[36m[test]\x1b[0m ${message}`)
const results = { passed: 0, failed: 0, skipped: 0 }

async function openTestDatabase() {
  const url = process.env.TEST_DATABASE_URL
  if (url) {
    await assertReachable(url, "TEST_DATABASE_URL")
    say(`PostgreSQL from TEST_DATABASE_URL (${new URL(url).host})`)
    return { url, stop: async () => {} }
  }
  const dataDir = path.join(os.tmpdir(), `store-test-pg-${process.pid}`)
  const port = await freePort()
  say(`starting an embedded PostgreSQL on port ${port}`)
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: false })
  return {
    url: server.url("postgres"),
    stop: async () => {
      await server.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** The variables @medusajs/test-utils reads to create its databases (it wants "localhost" to skip TLS). */
function testUtilsEnv(url) {
  const { hostname, port, username, password } = new URL(url)
  return {
    DB_HOST: hostname === "127.0.0.1" ? "localhost" : hostname,
    DB_PORT: port || "5432",
    DB_USERNAME: decodeURIComponent(username || "postgres"),
    DB_PASSWORD: decodeURIComponent(password),
  }
}

async function findRedis() {
  const url = process.env.REDIS_URL || "redis://127.0.0.1:6379"
  if (await redisAnswers(url)) {
    say(`Redis at ${new URL(url).host}${process.env.REDIS_URL ? " (REDIS_URL)" : ""}`)
    return url
  }
  say(`no Redis at ${new URL(url).host}: the Redis suite will report that it did not run`)
  return ""
}

/** Runs one runner; its own counts go into the totals, and a crash that counted nothing counts as one failure. */
async function runSuite(label, fn) {
  say(`── ${label}`)
  const started = Date.now()
  const failedBefore = results.failed
  try {
    await fn()
  } catch (error) {
    console.error(`${label}: ${error.message}`)
    if (results.failed === failedBefore) {
      results.failed += 1
    }
  }
  say(`── ${label} took ${((Date.now() - started) / 1000).toFixed(0)}s`)
}

/** The habits: lint and typecheck (both apps, the admin and the contract), one result each. */
async function staticChecks() {
  for (const script of ["lint", "typecheck"]) {
    try {
      await run("npm", ["run", "--silent", script], { cwd: ROOT, env: process.env, label: `npm run ${script}` })
      results.passed += 1
    } catch (error) {
      console.error(error.message)
      results.failed += 1
    }
  }
}

async function backendSuites(env) {
  const counts = path.join(os.tmpdir(), `store-jest-${process.pid}.json`)
  try {
    await run(bin("jest", BACKEND_DIR), ["--runInBand", "--forceExit"], {
      cwd: BACKEND_DIR,
      // One process boots the app once per suite and keeps what each left behind: past twenty suites it
      // outgrew Node's default heap (about 4 GB here), so it gets 8 GB.
      env: { ...env, NODE_OPTIONS: "--experimental-vm-modules --max-old-space-size=8192", TEST_COUNTS_FILE: counts },
      label: "backend integration tests",
    })
  } finally {
    const summary = JSON.parse(await readFile(counts, "utf8").catch(() => "{}"))
    results.passed += summary.passed ?? 0
    results.failed += summary.failed ?? 0
    results.skipped += summary.skipped ?? 0
    await rm(counts, { force: true })
  }
}

/**
 * The repo-level suites (npm start, security, Stripe contract, compose file), on Node's own test
 * runner. The reliability suite starts a whole production topology and runs for many minutes, so it
 * has a command of its own: `npm run test:reliability`.
 */
const REPO_SUITES = ["tests/contract", "tests/e2e", "tests/security", "tests/topology", "tests/stripe.test.mjs"]
const RELIABILITY_SUITES = ["tests/reliability"]

async function repoSuites(env, paths = REPO_SUITES) {
  const tap = path.join(os.tmpdir(), `store-node-test-${process.pid}.tap`)
  try {
    await run(
      process.execPath,
      ["--test", "--test-reporter=spec", "--test-reporter-destination=stdout", "--test-reporter=tap", `--test-reporter-destination=${tap}`, ...paths],
      { cwd: ROOT, env, label: "repo suites" }
    )
  } finally {
    const report = await readFile(tap, "utf8").catch(() => "")
    const count = (name) => Number(report.match(new RegExp(`^# ${name} (\\d+)$`, "m"))?.[1] ?? 0)
    results.passed += count("pass")
    results.failed += count("fail")
    results.skipped += count("skipped")
    await rm(tap, { force: true })
  }
}

/** The browser suites (tests/e2e/*.spec.ts): Playwright driving Debian's Chromium against the real store. */
async function browserSuites(env) {
  const chromium = env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (!existsSync(chromium)) {
    throw new Error(`no Chromium at ${chromium}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`)
  }
  const report = path.join(os.tmpdir(), `store-playwright-${process.pid}.json`)
  try {
    await run(bin("playwright", ROOT), ["test", "-c", "tests/e2e/playwright.config.ts"], {
      cwd: ROOT,
      env: { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: report },
      label: "browser suites",
    })
  } finally {
    const { stats = {} } = JSON.parse(await readFile(report, "utf8").catch(() => "{}"))
    results.passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
    results.failed += stats.unexpected ?? 0
    results.skipped += stats.skipped ?? 0
    await rm(report, { force: true })
  }
}

async function main() {
  const started = Date.now()
  if (!reliabilityOnly) {
    await runSuite("lint and typecheck (npm run lint, npm run typecheck)", staticChecks)
  }
  const database = await openTestDatabase()
  const env = {
    ...process.env,
    ...testUtilsEnv(database.url),
    TEST_REDIS_URL: await findRedis(),
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_ENV: "test",
    // Migrations of every test database would otherwise print thousands of lines.
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
  }
  try {
    if (reliabilityOnly) {
      await runSuite("reliability: the production topology under load and faults (tests/reliability)", () => repoSuites(env, RELIABILITY_SUITES))
    } else {
      await runSuite("backend integration (backend/integration-tests)", () => backendSuites(env))
      await runSuite("repo suites: npm start, security, compose, Stripe contract", () => repoSuites(env))
      await runSuite("browser end to end (tests/e2e/*.spec.ts)", () => browserSuites({ ...env, TEST_DATABASE_URL: database.url }))
    }
  } finally {
    await database.stop()
  }
  say(`all suites took ${((Date.now() - started) / 1000).toFixed(0)}s`)
  console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`)
  process.exit(results.failed ? 1 : 0)
}

main().catch((error) => {
  console.error(error instanceof DatabaseUnreachableError ? error.message : error)
  process.exit(1)
})
