import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forumPostPath } from "@supplement-store/contract"

const storefrontUrl = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin.storefrontUrl

/** A post on its page of the storefront: its page never changes, as numbers are given once. */
export function forumPostUrl(container: MedusaContainer, forumHandle: string, threadHandle: string, number: number): string {
  return `${storefrontUrl(container)}${forumPostPath(forumHandle, threadHandle, number)}`
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
