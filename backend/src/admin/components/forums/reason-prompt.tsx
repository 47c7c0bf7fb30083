import { Button, Prompt, Textarea } from "@medusajs/ui"
import { useState } from "react"

type ReasonPromptProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  /** What happens, said before it does (e.g. that deleting a first post deletes its thread). */
  description: string
  confirmLabel: string
  isPending: boolean
  /** Called with the trimmed reason; the caller closes the prompt once it is done. */
  onConfirm: (reason: string) => void
}

const MIN_REASON = 3
const MAX_REASON = 500

/** Asks staff why (deleting a post or thread, banning a customer): the reason is kept with the record. */
export const ReasonPrompt = ({ open, onOpenChange, title, description, confirmLabel, isPending, onConfirm }: ReasonPromptProps) => {
  const [reason, setReason] = useState("")
  const trimmed = reason.trim()
  return (
    <Prompt
      open={open}
      onOpenChange={(next) => {
        if (!next) setReason("")
        onOpenChange(next)
      }}
    >
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{title}</Prompt.Title>
          <Prompt.Description>{description}</Prompt.Description>
        </Prompt.Header>
        <form
          className="px-6 pb-4"
          // The queue's bulk bar listens for single-letter shortcuts on the document ("a" approves the
          // ticked rows): typing a reason must not reach it. Escape still closes the prompt.
          onKeyDown={(e) => e.key !== "Escape" && e.stopPropagation()}
          onSubmit={(e) => {
            e.preventDefault()
            if (trimmed.length >= MIN_REASON) onConfirm(trimmed)
          }}
        >
          <Textarea
            aria-label="Reason"
            placeholder="Reason (kept with the record)"
            rows={3}
            maxLength={MAX_REASON}
            value={reason}
            autoFocus
            onChange={(e) => setReason(e.target.value)}
          />
          <Prompt.Footer className="px-0 pb-0">
            <Prompt.Cancel type="button">Cancel</Prompt.Cancel>
            <Button type="submit" size="small" variant="danger" isLoading={isPending} disabled={trimmed.length < MIN_REASON}>
              {confirmLabel}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
