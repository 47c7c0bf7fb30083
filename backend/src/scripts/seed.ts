import type { ExecArgs } from "@medusajs/framework/types"
import reindex from "./reindex"
import { seedDemoStore } from "./seed-data/seed-store"

/**
 * `npm run seed`: builds the demo supplement store; safe to run again (it only adds what is missing).
 * Then rebuilds the search indexes from what it wrote: the seed's own product and article events are
 * indexed as they come, but this process may end before the last of them is handled.
 */
export default async function seed(args: ExecArgs) {
  await seedDemoStore(args.container)
  await reindex(args)
}
