import { randomBytes } from "node:crypto"
import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"
import { cloneTemplate } from "../template-database"

type RunnerOptions = Parameters<typeof medusaRunner>[0]

/**
 * Medusa's integration test runner on a clone of the run's migrated template database
 * (integration-tests/global-setup.js): the clone exists before the runner creates its database, so
 * the runner keeps it, finds every migration applied, and drops it after the suite as usual.
 */
export function medusaIntegrationTestRunner(options: RunnerOptions) {
  const template = process.env.TEST_TEMPLATE_DB
  // Named after the template, so the run's teardown finds a clone a failed suite left behind; short
  // enough for the runner's own "<name>-template" snapshot to stay within PostgreSQL's 63 characters.
  const dbName = options.dbName ?? `${template ?? "store_test"}_${randomBytes(8).toString("hex")}`
  return medusaRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      // Runs before the runner creates and migrates the database.
      beforeServerStart: async (container) => {
        if (template) {
          await cloneTemplate(template, dbName)
        }
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
