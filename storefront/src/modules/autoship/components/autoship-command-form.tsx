"use client"

import type { ReactNode } from "react"
import { useActionState } from "react"

import type { ActionState } from "@/lib/util/forms"
import { runAutoshipCommand } from "@/modules/autoship/actions"
import FormMessage from "@/modules/common/components/form/form-message"
import { buttonClasses } from "@/modules/common/components/form/submit-button"

export type AutoshipCommandButton = {
  command: "skip" | "order-now" | "pause" | "resume" | "cancel"
  label: string
  pendingLabel: string
  variant: "primary" | "secondary"
}

type AutoshipCommandFormProps = {
  autoshipId: string
  buttons: AutoshipCommandButton[]
  /** Shown after the buttons (the Cancel link, which asks first). */
  children?: ReactNode
}

const initialState: ActionState = { status: "idle" }

/** An autoship's buttons in one form: the pressed button names the command, so it works without JavaScript. */
export default function AutoshipCommandForm({ autoshipId, buttons, children }: AutoshipCommandFormProps) {
  const [state, formAction, isPending] = useActionState(runAutoshipCommand, initialState)
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={autoshipId} />
      <div className="flex flex-wrap items-center gap-3">
        {buttons.map((button) => (
          <button
            key={button.command}
            type="submit"
            name="command"
            value={button.command}
            disabled={isPending}
            className={buttonClasses[button.variant]}
          >
            {isPending ? button.pendingLabel : button.label}
          </button>
        ))}
        {children}
      </div>
      <FormMessage status={isPending ? "idle" : state.status} message={state.message} />
    </form>
  )
}
