// Docker for the container suites: commands with their output kept, the Compose CLI this machine has,
// the images the suites build, and waiting for things that take a while.
import { spawn, spawnSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ROOT } from "../../../scripts/lib/processes.mjs"

export const LOG_DIR = path.join(ROOT, ".data", "logs")

/** Runs a command; resolves with its standard output, rejects with the end of its output on failure. */
export function sh(command, args, { env = process.env, input, cwd = ROOT } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["pipe", "pipe", "pipe"] })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => (stdout += chunk))
    child.stderr.on("data", (chunk) => (stderr += chunk))
    child.once("error", reject)
    child.once("close", (code) => {
      if (code === 0) {
        resolve(stdout.trim())
        return
      }
      const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-40).join("\n")
      reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${tail}`))
    })
    child.stdin.end(input ?? "")
  })
}

/** Seconds since `started`, for the figures the suites print. */
export const seconds = (started) => Number(((Date.now() - started) / 1000).toFixed(1))

/** Why the suites cannot run here, or null: they need root, a Docker engine and Compose. */
export function missingPrerequisite() {
  if (process.getuid?.() !== 0) {
    return "the container suites need root (debootstrap builds the base images)"
  }
  if (spawnSync("docker", ["info"], { stdio: "ignore" }).status !== 0) {
    return "no Docker engine answers: start dockerd (apt-get install -y docker.io docker-compose debootstrap)"
  }
  if (!composeCli()) {
    return "neither `docker compose` nor `docker-compose` is installed"
  }
  return null
}

/** `docker compose` (v2) when installed, else Debian's `docker-compose` (v1). */
export function composeCli() {
  if (spawnSync("docker", ["compose", "version"], { stdio: "ignore" }).status === 0) {
    return ["docker", "compose"]
  }
  return spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0 ? ["docker-compose"] : null
}

/**
 * The images the store runs on: the base images from Debian packages (deploy/base-images/build.sh keeps
 * those it has), then the backend and storefront images on them. Answers build seconds per image.
 */
export async function buildImages() {
  const timings = {}
  let started = Date.now()
  await sh("bash", [path.join(ROOT, "deploy/base-images/build.sh")])
  timings["base images"] = seconds(started)
  for (const app of ["backend", "storefront"]) {
    started = Date.now()
    await sh("docker", [
      "build",
      "--build-arg",
      "BASE_IMAGE=verdant-base/node:20",
      "-t",
      `verdant-store/${app}`,
      "-f",
      `${app}/Dockerfile`,
      ".",
    ])
    timings[`verdant-store/${app}`] = seconds(started)
  }
  return timings
}

/** An image's size in MB, as `docker image ls` counts it (all layers, uncompressed). */
export async function imageSizeMb(tag) {
  const bytes = Number(await sh("docker", ["image", "inspect", "--format", "{{.Size}}", tag]))
  return Math.round(bytes / 1e6)
}

/** Fresh random values for every secret the compose file asks for. */
export function randomSecrets() {
  const secret = () => randomBytes(32).toString("hex")
  return {
    POSTGRES_PASSWORD: secret(),
    MEILISEARCH_API_KEY: secret(),
    JWT_SECRET: secret(),
    COOKIE_SECRET: secret(),
    NEWSLETTER_TOKEN_SECRET: secret(),
    REVALIDATE_SECRET: secret(),
    STOREFRONT_PROXY_SECRET: secret(),
  }
}

/** Calls `check` until it answers something other than undefined or false; throws after `timeoutMs`. */
export async function waitFor(label, check, { timeoutMs = 180_000, intervalMs = 2000 } = {}) {
  const deadline = Date.now() + timeoutMs
  let lastError
  while (Date.now() < deadline) {
    try {
      const answer = await check()
      if (answer !== undefined && answer !== false) {
        return answer
      }
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${label}${lastError ? `: ${lastError.message}` : ""}`)
}

/** A page's status and HTML, without throwing on a non-2xx status. */
export async function page(url) {
  const response = await fetch(url, { redirect: "manual" })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

/** A GET from inside a container (a replica nothing else addresses on its own): status and body. */
export async function fetchInside(container, url) {
  const script = `fetch(${JSON.stringify(url)}).then(async (r) => process.stdout.write(r.status + "\\n" + (await r.text())))`
  const output = await sh("docker", ["exec", container, "node", "-e", script])
  const newline = output.indexOf("\n")
  return { status: Number(output.slice(0, newline)), body: output.slice(newline + 1) }
}

/** Writes the figures a suite measured to tests/bench/results/<name>.json and prints them. */
export function report(name, figures) {
  const dir = path.join(ROOT, "tests", "bench", "results")
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify({ measuredAt: new Date().toISOString(), ...figures }, null, 2)}\n`)
  console.log(`\n${name}:\n${JSON.stringify(figures, null, 2)}\n`)
}
