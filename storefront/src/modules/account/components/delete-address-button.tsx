"use client"

import { useActionState } from "react"

import { deleteAddress, type CustomerFormState } from "@/lib/data/customer"

const initialState: CustomerFormState = { status: "idle" }

export default function DeleteAddressButton({ addressId, label }: { addressId: string; label: string }) {
  const [state, formAction, isPending] = useActionState(deleteAddress, initialState)
  return (
    <form action={formAction}>
      <input type="hidden" name="address_id" value={addressId} />
      <button
        type="submit"
        disabled={isPending}
        aria-label={`Delete address ${label}`}
        className="text-sm font-medium text-clay-700 underline hover:text-bark-900 disabled:opacity-60"
      >
        {isPending ? "Deleting…" : "Delete"}
      </button>
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-clay-700">
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
