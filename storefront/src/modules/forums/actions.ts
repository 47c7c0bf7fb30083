"use server"

import type { ForumUnfollowResponse } from "@supplement-store/contract"

import { readerHeaders } from "@/lib/data/reader"
import { storeSend } from "@/lib/data/store-fetch"
import { errorInfo, friendlyError, tooManyRequests } from "@/lib/util/errors"
import { linkProblem } from "@/modules/newsletter/utils"

// ------------------------------------------------------------ unfollow by a digest's link (fextra)

/** Where the unfollow page stands: the button not pressed yet, done (with the thread), or a problem to show. */
export type UnfollowState = { status: "idle" } | { status: "done"; thread: ForumUnfollowResponse["thread"] } | { status: "error"; message: string }

/**
 * The unfollow page's button: the signed link of a digest stops the follow (pressing it again says
 * the same). An expired or altered link comes back as the backend's sentence about it.
 */
export async function unfollowForumThread(_previous: UnfollowState, formData: FormData): Promise<UnfollowState> {
  const token = String(formData.get("token") ?? "")
  try {
    const { thread } = await storeSend<ForumUnfollowResponse>("/store/forum-follows/unsubscribe", {
      body: { token },
      headers: await readerHeaders(),
    })
    return { status: "done", thread }
  } catch (error) {
    if (errorInfo(error).status === 429) {
      return { status: "error", message: tooManyRequests(error) }
    }
    return { status: "error", message: linkProblem(error) ?? friendlyError(error, "We couldn't stop the emails. Please try again.") }
  }
}
