"use client"

import { useActionState } from "react"

import { joinClub, type CustomerFormState } from "@/lib/data/customer"
import FormMessage from "@/modules/checkout/components/form-message"
import SubmitButton from "@/modules/checkout/components/submit-button"

const initialState: CustomerFormState = { status: "idle" }

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
