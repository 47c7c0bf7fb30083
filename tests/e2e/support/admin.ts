// The admin dashboard for the browser suites. The test store's backend runs without it (DISABLE_ADMIN:
// building it costs minutes every suite would pay), so a suite that needs it builds it once, against the
// test backend, and the page serves that build on the backend's own origin, as `medusa start` would:
// the dashboard's session cookie and our extensions' same-origin calls then work as in production.
import { existsSync, mkdirSync } from "node:fs"
import { readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import type { Page } from "@playwright/test"
import { BACKEND_DIR, bin, run } from "../../../scripts/lib/processes.mjs"

const BUILD_DIR = path.join(BACKEND_DIR, ".medusa", "admin")
const ADMIN_PATH = "/app"

/** Which test store the build in BUILD_DIR was made for: suites of one run share one build. */
const BUILT_FOR = path.join(BUILD_DIR, ".built-for")

/**
 * `medusa build --admin-only` with the test backend's address baked in (about 3 minutes on two cores),
 * once per run: a later suite of the same run finds the build made for this store and reuses it.
 */
export async function buildAdmin(logDir: string): Promise<void> {
  const store = process.env.E2E_DATABASE_URL!
  if ((await readFile(BUILT_FOR, "utf8").catch(() => "")) === store) {
    return
  }
  mkdirSync(logDir, { recursive: true })
  await run(bin("medusa", BACKEND_DIR), ["build", "--admin-only"], {
    cwd: BACKEND_DIR,
    env: { ...process.env, BACKEND_URL: process.env.E2E_BACKEND_URL, MEDUSA_DISABLE_TELEMETRY: "true" },
    label: "medusa build --admin-only",
    log: path.join(logDir, "admin-build.log"),
  })
  await writeFile(BUILT_FOR, store)
}

/**
 * Serves the built dashboard under the backend's /app, and tells the backend its requests came over
 * HTTPS, as a TLS proxy would: in production its session cookie is `Secure` and is only set then.
 */
async function serveAdmin(page: Page): Promise<void> {
  const backend = process.env.E2E_BACKEND_URL!
  await page.route(`${backend}/**`, async (route) => {
    const { pathname } = new URL(route.request().url())
    if (pathname === ADMIN_PATH || pathname.startsWith(`${ADMIN_PATH}/`)) {
      const file = path.join(BUILD_DIR, pathname.slice(ADMIN_PATH.length))
      // Assets are files of the build; every other address is a page of the single-page app.
      const asset = pathname.startsWith(`${ADMIN_PATH}/assets/`) && existsSync(file)
      await route.fulfill({ path: asset ? file : path.join(BUILD_DIR, "index.html") })
      return
    }
    await route.continue({ headers: { ...route.request().headers(), "x-forwarded-proto": "https" } })
  })
}

/** Signs in to the dashboard as the seeded admin and waits for it to open. */
export async function signInToAdmin(page: Page): Promise<void> {
  await serveAdmin(page)
  await page.goto(`${process.env.E2E_BACKEND_URL}${ADMIN_PATH}/login`)
  await page.locator('input[name="email"]').fill("admin@example.com")
  await page.locator('input[name="password"]').fill("supplements")
  await page.getByRole("button", { name: /continue/i }).click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"))
}

/** An address of the dashboard on the test backend, e.g. `/articles/art_1`. */
export function adminUrl(pathname: string): string {
  return `${process.env.E2E_BACKEND_URL}${ADMIN_PATH}${pathname}`
}
