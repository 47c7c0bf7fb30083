import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../modules/community"
import type CommunityModuleService from "../modules/community/service"

/** Every morning: tells staff how many comments wait for moderation, when any do. */
export default async function pendingCommentsDigest(container: MedusaContainer) {
  const [pending, count] = await container
    .resolve<CommunityModuleService>(COMMUNITY_MODULE)
    .listAndCountComments({ status: "pending" }, { select: ["author_name", "body"], order: { created_at: "ASC" }, take: 10 })
  if (!count) {
    return
  }
  const staff = await container.resolve(Modules.USER).listUsers({}, { select: ["email"] })
  const { admin } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    staff.map((user) => ({
      to: user.email,
      channel: "email",
      template: "pending-comments-digest",
      data: {
        count,
        oldest: pending.map((comment) => ({ author_name: comment.author_name, excerpt: comment.body.slice(0, 140) })),
        url: `${admin.backendUrl}/app/comments`,
      },
    }))
  )
}

export const config = {
  name: "pending-comments-digest",
  schedule: "0 8 * * *",
}
