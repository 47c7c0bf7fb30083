import type { AdminAutoshipListItem } from "@supplement-store/contract"
import { Button, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { autoshipKeys, autoshipsApi, errorMessage, type AutoshipAction } from "../../lib/autoship"

const DONE: Record<AutoshipAction, string> = { pause: "paused", resume: "resumed", cancel: "cancelled" }

/** Pause / Resume / Cancel on the customer's behalf; each shown only when it applies, cancel after a confirmation. */
export const AutoshipActions = ({ autoship }: { autoship: AdminAutoshipListItem }) => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const act = useMutation({
    mutationFn: (action: AutoshipAction) => autoshipsApi.act(autoship.id, action),
    onSuccess: ({ autoship: updated }, action) => {
      queryClient.setQueryData(autoshipKeys.detail(updated.id), { autoship: updated })
      toast.success(`Autoship ${DONE[action]}`)
    },
    onError: (error, action) => toast.error(`Could not ${action} the autoship: ${errorMessage(error)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: autoshipKeys.all }),
  })

  const cancel = async () => {
    const confirmed = await prompt({
      title: "Cancel this autoship?",
      description: "No further deliveries are made; the customer would have to subscribe again to restart it.",
      confirmText: "Cancel autoship",
      cancelText: "Keep it",
    })
    if (confirmed) {
      act.mutate("cancel")
    }
  }

  if (autoship.status === "cancelled") {
    return null
  }
  const busy = act.isPending ? act.variables : undefined
  return (
    <div className="flex items-center gap-x-2">
      {autoship.status === "paused" ? (
        <Button
          size="small"
          variant="secondary"
          isLoading={busy === "resume"}
          disabled={act.isPending}
          onClick={() => act.mutate("resume")}
        >
          Resume
        </Button>
      ) : (
        <Button size="small" variant="secondary" isLoading={busy === "pause"} disabled={act.isPending} onClick={() => act.mutate("pause")}>
          Pause
        </Button>
      )}
      <Button size="small" variant="danger" isLoading={busy === "cancel"} disabled={act.isPending} onClick={cancel}>
        Cancel
      </Button>
    </div>
  )
}
