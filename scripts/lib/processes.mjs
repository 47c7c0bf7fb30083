// Child processes for the start and test scripts: each in its own process group, so stopping one
// also stops whatever it started (medusa develop runs the server in a grandchild).
import { spawn } from "node:child_process"
import { createWriteStream, existsSync, openSync } from "node:fs"
import path from "node:path"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const BACKEND_DIR = path.join(ROOT, "backend")
export const STOREFRONT_DIR = path.join(ROOT, "storefront")

/** Path of an installed CLI; npm workspaces hoist most of them to the root. */
export function bin(name, workspaceDir) {
  const local = path.join(workspaceDir, "node_modules", ".bin", name)
  return existsSync(local) ? local : path.join(ROOT, "node_modules", ".bin", name)
}

/**
 * Starts a command in its own process group; its output goes to the terminal, or appends to `log`.
 * With `onLine`, each line of output is also handed to it as it comes (and written to `log`).
 */
export function start(command, args, { cwd, env, label, log, onLine }) {
  if (!onLine) {
    const output = log ? openSync(log, "a") : "inherit"
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", output, output] })
    child.label = label
    return child
  }
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  child.label = label
  const file = log ? createWriteStream(log, { flags: "a" }) : null
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) => {
      file?.write(`${line}\n`)
      onLine(line)
    })
  }
  child.once("close", () => file?.end())
  return child
}

/** Runs a command to completion; rejects with its label and exit code when it fails. */
export function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = start(command, args, options)
    child.once("error", reject)
    child.once("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(Object.assign(new Error(`${options.label} failed (${signal ?? `exit code ${code}`})`), { log: options.log }))
    )
  })
}

/**
 * Sends a signal to the child's whole process group and waits until every process of the group is
 * gone (a server's own children can outlive the command that started them); SIGKILL after `graceMs`.
 */
export function stop(child, signal = "SIGTERM", graceMs = 10_000) {
  const signalGroup = (sig) => {
    try {
      process.kill(-child.pid, sig)
      return true
    } catch {
      return false // no process of the group is left
    }
  }
  if (!signalGroup(signal)) {
    return Promise.resolve()
  }
  const deadline = Date.now() + graceMs
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (!signalGroup(0)) {
        clearInterval(poll)
        resolve()
      } else if (Date.now() > deadline) {
        signalGroup("SIGKILL")
      }
    }, 100)
  })
}

/** Polls a URL until it answers 2xx, or throws after `timeoutMs`. */
export async function waitForHttp(url, { timeoutMs = 180_000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) {
      throw new Error(`stopped before ${url} answered`)
    }
    try {
      const response = await fetch(url)
      if (response.ok) {
        return
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}
