import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../modules/community"
import type CommunityModuleService from "../modules/community/service"

/**
 * When a reply is approved, emails the author of the comment it answers, if they asked to be told
 * and are not replying to themselves.
 */
export default async function notifyOnReply({ event, container }: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const ids = [event.data].flat().map((item) => item.id)
  const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
  const replies = await community.listComments({ id: ids, parent_id: { $ne: null } })
  if (!replies.length) {
    return
  }
  const parents = await community.listComments({ id: replies.map((reply) => reply.parent_id!) })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { admin } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)

  const notifications = []
  for (const reply of replies) {
    const parent = parents.find((p) => p.id === reply.parent_id)
    if (!parent?.notify_on_reply || parent.status !== "approved" || parent.email === reply.email) {
      continue
    }
    const { data } = await query.graph({ entity: "article", fields: ["handle", "title"], filters: { id: reply.article_id } })
    notifications.push({
      to: parent.email,
      channel: "email",
      template: "comment-reply",
      // One mail per reply: approving it again (after a rejection) sends nothing new.
      idempotency_key: `comment-reply:${reply.id}`,
      data: {
        article_title: data[0]?.title,
        url: `${admin.storefrontUrl}/news/${data[0]?.handle}#comment-${reply.id}`,
        replier: reply.author_name,
        reply: reply.body,
      },
    })
  }
  if (notifications.length) {
    await container.resolve(Modules.NOTIFICATION).createNotifications(notifications)
  }
}

export const config: SubscriberConfig = {
  event: "comment.approved",
}
