import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoStore } from "./seed-data/seed-store"

/** `npm run seed`: builds the demo supplement store; safe to run again (it only adds what is missing). */
export default async function seed({ container }: ExecArgs) {
  await seedDemoStore(container)
}
