"use client"

import Link from "next/link"
import { useActionState } from "react"

import type { ActionState } from "@/lib/util/forms"
import { skipFromReminder } from "@/modules/autoship/actions"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"

const initialState: ActionState = { status: "idle" }

/** The reminder's skip button: only this POST skips, never opening the link. */
export default function SkipReminderForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(skipFromReminder, initialState)
  if (state.status === "success") {
    return (
      <div className="flex flex-col gap-3">
        <FormMessage status="success" message={state.message} />
        <Link href="/account/autoship" className="font-medium text-leaf-700 underline">
          Manage your autoships
        </Link>
      </div>
    )
  }
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage status={state.status} message={state.message} />
      <div>
        <SubmitButton pendingText="Skipping…">Skip the next delivery</SubmitButton>
      </div>
    </form>
  )
}
