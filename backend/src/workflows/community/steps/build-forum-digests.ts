import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { excerpt, forumPostUrl, forumUnfollowUrl } from "../../../lib/forums/links"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import type { ClaimedForumFollow } from "../../../modules/community/service"
import type { ForumDigestData } from "../../../modules/email/templates/community"

export type ForumDigest = { follow_id: string; to: string; idempotency_key: string; data: ForumDigestData }

const EXCERPT_LENGTH = 200

/**
 * The mail of each claim: the thread's approved posts it covers, not the reader's own, with a link to
 * the first and a signed unfollow link. A claim whose posts were hidden meanwhile gets no mail. A read.
 */
export const buildForumDigestsStep = createStep("build-forum-digests", async (claims: ClaimedForumFollow[], { container }) => {
  if (!claims.length) {
    return new StepResponse([] as ForumDigest[])
  }
  const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
  const threadIds = [...new Set(claims.map((claim) => claim.thread_id))]
  const [threads, posts] = await Promise.all([
    community.listForumThreads({ id: threadIds }, { select: ["id", "handle", "title", "forum.handle", "forum.name"], relations: ["forum"] }),
    community.listForumPosts(
      { thread_id: threadIds, status: "approved", number: { $gt: Math.min(...claims.map((claim) => claim.from_number)) } },
      { select: ["thread_id", "number", "customer_id", "author_name", "body"], order: { number: "ASC" } }
    ),
  ])
  const threadById = new Map(threads.map((thread) => [thread.id, thread]))
  const digests: ForumDigest[] = []
  for (const claim of claims) {
    const thread = threadById.get(claim.thread_id)
    const covered = posts.filter(
      (post) =>
        post.thread_id === claim.thread_id &&
        post.number! > claim.from_number &&
        post.number! <= claim.to_number &&
        post.customer_id !== claim.customer_id
    )
    if (!thread || !covered.length) {
      continue
    }
    digests.push({
      follow_id: claim.id,
      to: claim.email,
      // One mail per follow and range: a retried workflow sends nothing twice.
      idempotency_key: `forum-digest-${claim.id}-${claim.to_number}`,
      data: {
        thread_title: thread.title,
        forum_name: thread.forum.name,
        posts: covered.map((post) => ({ author_name: post.author_name, excerpt: excerpt(post.body, EXCERPT_LENGTH) })),
        url: forumPostUrl(container, thread.forum.handle, thread.handle, covered[0].number!),
        unfollow_url: forumUnfollowUrl(container, community.signForumUnfollowToken({ id: claim.id, thread_id: claim.thread_id })),
      },
    })
  }
  return new StepResponse(digests)
})
