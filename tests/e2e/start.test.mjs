// The README's first command, end to end: `npm start` on a fresh embedded PostgreSQL brings up the
// seeded backend, the admin and the storefront; Ctrl-C stops everything and keeps the data.
import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { existsSync, readFileSync, statSync } from "node:fs"
import { rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { after, before, describe, it } from "node:test"
import { chromium } from "@playwright/test"
import { embeddedDatabaseUrl, freePort, isPortFree } from "../../scripts/lib/postgres.mjs"
import { ROOT } from "../../scripts/lib/processes.mjs"
import { readPublishableKey } from "../../scripts/lib/stack.mjs"
import { formatReport, loadRelevanceQueries, measureRelevance } from "../search/relevance.mjs"

const READY_TIMEOUT_MS = 8 * 60_000
// The share of tests/search/relevance-queries.json the seeded store must find in the top five
// (`npm run bench:search` prints the figure itself; the target is 97%).
const RELEVANCE_FLOOR = 0.95

function startStore(env) {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.mjs")], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.output = ""
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => (child.output += chunk.toString()))
  }
  child.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))
  return child
}

function waitForOutput(child, pattern, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs / 1000}s:\n${child.output.slice(-3000)}`)), timeoutMs)
    const check = () => {
      const match = child.output.match(pattern)
      if (match) {
        clearTimeout(timer)
        clearInterval(poll)
        resolve(match)
      }
    }
    const poll = setInterval(check, 250)
    child.exited.then(({ code }) => {
      clearTimeout(timer)
      clearInterval(poll)
      reject(new Error(`npm start exited (${code}) before ${pattern}:\n${child.output.slice(-3000)}`))
    })
  })
}

describe("npm start on the embedded PostgreSQL", { timeout: 2 * READY_TIMEOUT_MS + 120_000 }, () => {
  const dataDir = path.join(os.tmpdir(), `store-start-test-${process.pid}`)
  const logDir = path.join(os.tmpdir(), `store-start-test-logs-${process.pid}`)
  let ports
  let store
  let env

  before(async () => {
    ports = { pg: await freePort(), backend: await freePort(), storefront: await freePort() }
    env = {
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(ports.pg),
      PORT: String(ports.backend),
      STOREFRONT_PORT: String(ports.storefront),
      // Its own build folder, so the test also runs while someone's `npm start` is up.
      NEXT_DIST_DIR: ".next-start-test",
      STORE_LOG_DIR: logDir,
    }
    delete process.env.DATABASE_URL
    store = startStore(env)
    await waitForOutput(store, /ready in [\d.]+s/, READY_TIMEOUT_MS)
  })

  after(async () => {
    if (store && store.exitCode === null) {
      store.kill("SIGINT")
      await store.exited
    }
    await rm(dataDir, { recursive: true, force: true })
    await rm(logDir, { recursive: true, force: true })
  })

  it("prints one line per stage and the ready block, nothing else; the processes' output is in the log folder", async () => {
    const printed = store.output.split("\n").filter((line) => line.trim() && !line.startsWith(">"))
    const stages = printed.filter((line) => line.includes("[store]")).map((line) => line.match(/✓ (\w[\w-]*)/)?.[1]).filter(Boolean)
    assert.deepEqual(stages, ["database", "migrations", "seed", "search", "backend", "storefront"], store.output)
    assert.match(store.output, /✓ seed +[\d.]+s {2}76 products, 32 articles created/)
    assert.match(store.output, /✓ search +[\d.]+s {2}indexed: .*product 76/)
    const unexpected = printed.filter((line) => !/\[store\]|^ {2}(storefront|admin|logs|Ctrl-C) /.test(line))
    assert.deepEqual(unexpected, [], "lines besides the stages and the ready block")
    for (const log of ["migrations", "seed", "backend", "storefront"]) {
      assert.ok(statSync(path.join(logDir, `${log}.log`)).size > 0, `${log}.log is empty`)
    }
    // The seed builds the search indexes before writing products: no event fails to be indexed.
    assert.doesNotMatch(readFileSync(path.join(logDir, "seed.log"), "utf8"), /has no active version|error/i)
  })

  it("seeds the empty database and serves the backend with its store API", async () => {
    const health = await fetch(`http://localhost:${ports.backend}/health`)
    assert.equal(health.status, 200)
  })

  it("serves the admin dashboard at /app", async () => {
    const admin = await fetch(`http://localhost:${ports.backend}/app`)
    assert.equal(admin.status, 200)
    assert.match(await admin.text(), /<div id="medusa"|<script/)
  })

  it("the admin dashboard runs in the browser: its login form renders and no module fails to load", async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    })
    try {
      const page = await browser.newPage()
      const pageErrors = []
      page.on("pageerror", (error) => pageErrors.push(error.message))
      // The first visit has Vite bundle the admin's dependencies, which takes a while on two cores
      // (27 s of the 30 s Playwright gives a page load by default, in one CI run).
      await page.goto(`http://localhost:${ports.backend}/app/login`, { timeout: 180_000 })
      await page.locator('input[name="email"]').waitFor({ timeout: 180_000 })
      assert.deepEqual(pageErrors, [])
    } finally {
      await browser.close()
    }
  })

  it("serves a storefront that lists seeded products with prices", async () => {
    const page = await fetch(`http://localhost:${ports.storefront}/`)
    assert.equal(page.status, 200)
    const html = await page.text()
    assert.match(html, /Verdant Health Store/)
    assert.match(html, /\$\d+\.\d\d/)
  })

  it("its search box finds what shoppers mean: the relevance list's expected product or article in the top five", async () => {
    const publishableKey = await readPublishableKey(embeddedDatabaseUrl(ports.pg, "medusa_store"))
    const result = await measureRelevance({ backendUrl: `http://localhost:${ports.backend}`, publishableKey, queries: loadRelevanceQueries() })
    assert.ok(result.top5 >= RELEVANCE_FLOOR, formatReport(result))
  })

  it("stops everything on Ctrl-C, PostgreSQL included, and keeps the data", async () => {
    store.kill("SIGINT")
    const { code } = await store.exited
    assert.equal(code, 0)
    assert.equal(await isPortFree(ports.pg), true, "PostgreSQL still listens")
    assert.equal(await isPortFree(ports.backend), true, "the backend still listens")
    assert.equal(await isPortFree(ports.storefront), true, "the storefront still listens")
    assert.equal(existsSync(path.join(dataDir, "PG_VERSION")), true, "the data folder is gone")
  })

  it("starts again on the kept data without migrating or seeding", async () => {
    store = startStore(env)
    await waitForOutput(store, /ready in [\d.]+s/, READY_TIMEOUT_MS)
    assert.match(store.output, /✓ migrations +[\d.]+s {2}up to date/)
    assert.doesNotMatch(store.output, /✓ (seed|search) /)
    const health = await fetch(`http://localhost:${ports.backend}/health`)
    assert.equal(health.status, 200)
  })
})

describe("configuration errors", () => {
  it("an unreachable DATABASE_URL fails fast with one clear line", async () => {
    const port = await freePort()
    const store = startStore({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/medusa_store` })
    const { code } = await store.exited
    assert.equal(code, 1)
    const lines = store.output.trim().split("\n").filter((line) => !/stopping|starting the store|^>|^$/.test(line))
    assert.equal(lines.length, 1, store.output)
    assert.match(lines[0], new RegExp(`Cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port} \\(DATABASE_URL\\)`))
    assert.match(lines[0], /unset DATABASE_URL to use the embedded PostgreSQL/)
  })
})
