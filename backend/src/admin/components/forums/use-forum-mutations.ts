import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { errorMessage } from "../comments/api"
import { useModerateMany, useModerateOne } from "../moderation/use-moderate"
import { forumKeys, forumsApi, type ForumChanges, type ForumThreadChanges } from "./api"

const POSTS = { one: "post", many: "posts" }

/** Moderates one forum post; refreshes the queue, the counts and the thread lists. */
export const useModerateForumPost = () => useModerateOne(POSTS, forumsApi.moderatePost, forumKeys.all)

/** Moderates the selected posts at once through `POST /admin/forum-posts/batch`. */
export const useModerateForumPosts = () => useModerateMany(POSTS, forumsApi.moderatePosts, forumKeys.all)

/** A forums write that says how it went in a toast and refreshes everything under `forums`. */
function useForumsMutation<Args, Result>(run: (args: Args) => Promise<Result>, done: (result: Result, args: Args) => string, failed: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: (result, args) => toast.success(done(result, args)),
    onError: (error) => toast.error(`${failed}: ${errorMessage(error)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  })
}

export const useDeleteForumPost = () =>
  useForumsMutation(
    ({ id, reason }: { id: string; reason: string }) => forumsApi.deletePost(id, reason),
    (result) => (result.thread_deleted ? "Post and its thread deleted" : "Post deleted"),
    "Could not delete the post"
  )

export const useBanForumCustomer = () =>
  useForumsMutation(
    ({ customer_id, reason }: { customer_id: string; reason: string }) => forumsApi.ban(customer_id, reason),
    (result) => `Customer banned${result.spammed.length ? `; ${result.spammed.length} waiting post(s) moved to spam` : ""}`,
    "Could not ban the customer"
  )

export const useUnbanForumCustomer = () =>
  useForumsMutation((customer_id: string) => forumsApi.unban(customer_id), () => "Ban lifted", "Could not lift the ban")

export const useCreateForum = () =>
  useForumsMutation(forumsApi.createForum, ({ forum }) => `Forum “${forum.name}” created`, "Could not create the forum")

export const useUpdateForum = () =>
  useForumsMutation(
    ({ id, changes }: { id: string; changes: ForumChanges }) => forumsApi.updateForum(id, changes),
    ({ forum }, { changes }) =>
      changes.archived === true ? `“${forum.name}” archived` : changes.archived === false ? `“${forum.name}” restored` : `“${forum.name}” saved`,
    "Could not save the forum"
  )

export const useReorderForums = () => useForumsMutation(forumsApi.reorderForums, () => "Order saved", "Could not reorder the forums")

export const useUpdateForumThread = () =>
  useForumsMutation(
    ({ id, changes }: { id: string; changes: ForumThreadChanges }) => forumsApi.updateThread(id, changes),
    ({ thread }, { changes }) =>
      changes.forum_id ? `Moved to ${thread.forum.name}` : changes.pinned !== undefined ? (thread.pinned ? "Thread pinned" : "Thread unpinned") : changes.locked !== undefined ? (thread.locked ? "Thread locked" : "Thread unlocked") : "Thread saved",
    "Could not update the thread"
  )

export const useDeleteForumThread = () =>
  useForumsMutation(
    ({ id, reason }: { id: string; reason: string }) => forumsApi.deleteThread(id, reason),
    () => "Thread deleted",
    "Could not delete the thread"
  )
