// Finding 12: production refuses weak secrets, and DATABASE_SSL=true verifies the database's certificate.
// Each case loads the apps' real configuration files in a child process, the way the apps do: the
// backend's medusa-config.ts through Medusa's own loader (ts-node, as the medusa CLI registers it), the
// storefront's src/lib/config.ts bundled by esbuild (Next.js's `server-only` marker stubbed).
import assert from "node:assert/strict"
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { after, before, it } from "node:test"
import { build } from "esbuild"
import { BACKEND_DIR, STOREFRONT_DIR } from "../../../scripts/lib/processes.mjs"

const strong = (name) => `${name.toLowerCase()}-`.padEnd(48, "x")
const SECRETS = ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET", "STOREFRONT_PROXY_SECRET", "NEWSLETTER_TOKEN_SECRET"]

/** The environment of a production start with every secret strong, then `overrides` (undefined unsets). */
function productionEnv(overrides) {
  const env = { ...process.env, NODE_ENV: "production", DATABASE_URL: "postgres://postgres@127.0.0.1:5432/unused" }
  for (const name of [...SECRETS, "DATABASE_SSL", "DATABASE_SSL_REJECT_UNAUTHORIZED", "DATABASE_SSL_CA"]) {
    delete env[name]
  }
  for (const name of SECRETS) {
    env[name] = strong(name)
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) {
      delete env[name]
    } else {
      env[name] = value
    }
  }
  return env
}

const LOAD_BACKEND_CONFIG = `
require("ts-node").register({ transpileOnly: true })
require("@medusajs/framework/utils").getConfigFile(process.cwd(), "medusa-config").then(({ configModule, error }) => {
  if (error) throw error
  console.log(JSON.stringify(configModule.projectConfig.databaseDriverOptions))
})`

/** Loads backend/medusa-config.ts; answers its exit code, its error lines and what it printed. */
function loadBackendConfig(overrides) {
  const child = spawnSync(process.execPath, ["-e", LOAD_BACKEND_CONFIG], { cwd: BACKEND_DIR, env: productionEnv(overrides), encoding: "utf8", timeout: 60_000 })
  return { status: child.status, errors: configErrors(child.stderr), stderr: child.stderr, stdout: child.stdout.trim() }
}

// The lines a refused start prints (the storefront's come in a thrown Error).
const configErrors = (text) => text.split("\n").filter((line) => /^(Error: )?Configuration error: /.test(line))

let storefrontBundle
let bundleDir

/** Bundles the storefront's configuration module once, for loadStorefrontConfig. */
async function bundleStorefrontConfig() {
  bundleDir = mkdtempSync(path.join(os.tmpdir(), "storefront-config-"))
  // Next.js's `server-only` marker has no package of its own outside the Next.js build.
  mkdirSync(path.join(bundleDir, "node_modules", "server-only"), { recursive: true })
  writeFileSync(path.join(bundleDir, "node_modules", "server-only", "index.js"), "")
  storefrontBundle = path.join(bundleDir, "config.cjs")
  await build({
    entryPoints: [path.join(STOREFRONT_DIR, "src/lib/config.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    external: ["server-only"],
    outfile: storefrontBundle,
    logLevel: "silent",
  })
}

/** Loads the storefront's configuration as a production server does; answers its exit code and error lines. */
function loadStorefrontConfig(overrides) {
  const child = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(storefrontBundle)})`], { env: productionEnv(overrides), encoding: "utf8", timeout: 60_000 })
  return { status: child.status, errors: configErrors(child.stderr), stderr: child.stderr }
}

export default function register() {
  before(bundleStorefrontConfig)
  after(() => bundleDir && rmSync(bundleDir, { recursive: true, force: true }))

  it("secrets: the backend starts in production with strong secrets", () => {
    const loaded = loadBackendConfig({})
    assert.equal(loaded.status, 0, loaded.stderr)
    assert.deepEqual(loaded.errors, [])
  })

  it("secrets: the backend refuses, one line each, a short JWT_SECRET and the documented default as COOKIE_SECRET", () => {
    const loaded = loadBackendConfig({ JWT_SECRET: "only-twenty-one-bytes", COOKIE_SECRET: "supersecret" })
    assert.equal(loaded.status, 1, loaded.stderr)
    assert.equal(loaded.errors.length, 2, loaded.stderr)
    assert.match(loaded.errors[0], /JWT_SECRET is 21 bytes long; it must be at least 32/)
    assert.match(loaded.errors[1], /COOKIE_SECRET is a documented placeholder/)
    assert.ok(!loaded.stderr.includes("only-twenty-one-bytes"), "the secret itself was printed")
  })

  it("secrets: the backend refuses short secrets of its own (REVALIDATE_SECRET, STOREFRONT_PROXY_SECRET, NEWSLETTER_TOKEN_SECRET), and starts without the optional ones", () => {
    for (const name of ["REVALIDATE_SECRET", "STOREFRONT_PROXY_SECRET", "NEWSLETTER_TOKEN_SECRET"]) {
      const loaded = loadBackendConfig({ [name]: "x".repeat(31) })
      assert.equal(loaded.status, 1, `${name}: ${loaded.stderr}`)
      assert.deepEqual(loaded.errors.length, 1, loaded.stderr)
      assert.match(loaded.errors[0], new RegExp(`${name} is 31 bytes long`))
    }
    assert.equal(loadBackendConfig({ REVALIDATE_SECRET: undefined, STOREFRONT_PROXY_SECRET: undefined }).status, 0)
  })

  it("secrets: the backend requires JWT_SECRET, COOKIE_SECRET and NEWSLETTER_TOKEN_SECRET in production", () => {
    const loaded = loadBackendConfig({ JWT_SECRET: undefined, COOKIE_SECRET: undefined, NEWSLETTER_TOKEN_SECRET: undefined })
    assert.equal(loaded.status, 1, loaded.stderr)
    assert.deepEqual(loaded.errors.map((line) => line.match(/(\w+_SECRET) must be set/)?.[1]), ["JWT_SECRET", "COOKIE_SECRET", "NEWSLETTER_TOKEN_SECRET"])
  })

  it("secrets: DATABASE_SSL=true verifies the certificate; only DATABASE_SSL_REJECT_UNAUTHORIZED=false opts out, with a warning", () => {
    const verified = loadBackendConfig({ DATABASE_SSL: "true" })
    assert.equal(verified.status, 0, verified.stderr)
    assert.deepEqual(JSON.parse(verified.stdout.split("\n").at(-1)), { connection: { ssl: { rejectUnauthorized: true } } })

    const optedOut = loadBackendConfig({ DATABASE_SSL: "true", DATABASE_SSL_REJECT_UNAUTHORIZED: "false" })
    assert.equal(optedOut.status, 0, optedOut.stderr)
    assert.deepEqual(JSON.parse(optedOut.stdout.split("\n").at(-1)), { connection: { ssl: { rejectUnauthorized: false } } })
    assert.equal(optedOut.stderr.split("\n").filter((line) => line.includes("DATABASE_SSL_REJECT_UNAUTHORIZED=false")).length, 1, optedOut.stderr)

    assert.deepEqual(JSON.parse(loadBackendConfig({}).stdout.split("\n").at(-1)), {}, "no TLS without DATABASE_SSL")
  })

  it("secrets: the storefront refuses a short or documented REVALIDATE_SECRET / STOREFRONT_PROXY_SECRET in production", () => {
    assert.equal(loadStorefrontConfig({}).status, 0)
    const refused = loadStorefrontConfig({ REVALIDATE_SECRET: "supersecret", STOREFRONT_PROXY_SECRET: "x".repeat(20) })
    assert.notEqual(refused.status, 0)
    assert.equal(refused.errors.length, 2, refused.stderr)
    assert.match(refused.errors[0], /REVALIDATE_SECRET is a documented placeholder/)
    assert.match(refused.errors[1], /STOREFRONT_PROXY_SECRET is 20 bytes long/)
    assert.equal(loadStorefrontConfig({ NODE_ENV: "development", REVALIDATE_SECRET: "dev" }).status, 0, "development keeps any secret")
  })
}
