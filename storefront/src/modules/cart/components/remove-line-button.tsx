"use client"

import type { ActionState } from "@/lib/util/forms"
import { removeLineItem } from "@/modules/cart/actions"
import InlineActionButton from "@/modules/common/components/inline-action-button"

const initialState: ActionState = { status: "idle" }

export default function RemoveLineButton({ lineId, title }: { lineId: string; title: string }) {
  return (
    <InlineActionButton
      action={removeLineItem}
      initialState={initialState}
      fields={{ line_id: lineId }}
      label="Remove"
      pendingLabel="Removing…"
      ariaLabel={`Remove ${title}`}
    />
  )
}
