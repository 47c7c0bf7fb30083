import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FORUM_POSTS_PER_PAGE } from "@supplement-store/contract"

const storefrontUrl = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin.storefrontUrl

/** A post on its page of the storefront: its page never changes, as numbers are given once. */
export function forumPostUrl(container: MedusaContainer, forumHandle: string, threadHandle: string, number: number): string {
  const page = Math.ceil(number / FORUM_POSTS_PER_PAGE)
  const thread = `${storefrontUrl(container)}/forums/${forumHandle}/${threadHandle}`
  return `${page > 1 ? `${thread}/pages/${page}` : thread}#post-${number}`
}

/** The storefront page where a digest's signed link stops the follow. */
export function forumUnfollowUrl(container: MedusaContainer, token: string): string {
  return `${storefrontUrl(container)}/forums/unfollow?token=${encodeURIComponent(token)}`
}

/** A post's opening words on one line, for mails and search. */
export function excerpt(text: string, length: number): string {
  const line = text.replace(/\s+/g, " ").trim()
  return line.length > length ? `${line.slice(0, length - 1).trimEnd()}…` : line
}
