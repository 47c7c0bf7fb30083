"use client"

import { useActionState } from "react"

import type { FormState } from "@/lib/util/forms"
import { joinClub } from "@/modules/club/actions"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"

const initialState: FormState = { status: "idle" }

export default function JoinClubForm() {
  const [state, formAction] = useActionState(joinClub, initialState)
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage status={state.status} message={state.message} />
      <div>
        <SubmitButton pendingText="Joining…">Join the SmartSavings Club</SubmitButton>
      </div>
    </form>
  )
}
