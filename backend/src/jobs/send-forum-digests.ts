import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendForumDigestsWorkflow } from "../workflows/community/send-forum-digests"

/**
 * Every 10 minutes: the digests that replies held back (their reader had one within the interval) go
 * out once the interval is over. Safe beside the subscriber and other workers: follows are claimed.
 */
export default async function sendForumDigests(container: MedusaContainer) {
  const { result } = await sendForumDigestsWorkflow(container).run({ input: {} })
  if (result) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Sent ${result} forum digests`)
  }
}

export const config = {
  name: "send-forum-digests",
  schedule: "*/10 * * * *",
}
