import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query"
import { errorMessage } from "../comments/api"
import type { ModerationStatus } from "./actions"

/** What the toasts call the moderated items, e.g. `{ one: "comment", many: "comments" }`. */
export type ModerationNoun = { one: string; many: string }

const DONE: Record<ModerationStatus, string> = {
  pending: "moved back to pending",
  approved: "approved",
  rejected: "rejected",
  spam: "marked as spam",
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/** Moderates one item, says so in a toast and refreshes every query under `queryKey`. */
export function useModerateOne(
  noun: ModerationNoun,
  moderate: (id: string, status: ModerationStatus) => Promise<unknown>,
  queryKey: QueryKey
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ModerationStatus }) => moderate(id, status),
    onSuccess: (_data, { status }) => toast.success(`${capitalized(noun.one)} ${DONE[status]}`),
    onError: (error) => toast.error(`Could not update the ${noun.one}: ${errorMessage(error)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  })
}

/** Moderates the selected items in one batch call, says so in a toast and refreshes every query under `queryKey`. */
export function useModerateMany(
  noun: ModerationNoun,
  moderateMany: (ids: string[], status: ModerationStatus) => Promise<unknown>,
  queryKey: QueryKey
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ ids, status }: { ids: string[]; status: ModerationStatus }) => moderateMany(ids, status),
    onSuccess: (_data, { ids, status }) =>
      toast.success(`${ids.length === 1 ? `1 ${noun.one}` : `${ids.length} ${noun.many}`} ${DONE[status]}`),
    onError: (error) => toast.error(`Could not update the ${noun.many}: ${errorMessage(error)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  })
}

export type ModerateManyMutation = ReturnType<typeof useModerateMany>
