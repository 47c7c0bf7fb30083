"use client"

import { useActionState } from "react"

import EmailField from "@/modules/common/components/form/email-field"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"
import { useHeaderStatus } from "@/modules/common/components/header-status"
import { requestStockAlert, type StockAlertFormState } from "@/modules/reviews/actions"
import { BACK_IN_STOCK_ANCHOR } from "@/modules/reviews/anchors"

/**
 * "Email me when it's back" for a sold-out variant. A logged-in customer asks with one click (the
 * account's address is used); a guest gives an address and confirms it from the mail. The login state
 * comes from the browser's header status, so the product page around it stays cached.
 */
export default function BackInStockForm({ variantId }: { variantId: string }) {
  const [state, formAction] = useActionState<StockAlertFormState, FormData>(requestStockAlert, { status: "idle" })
  const { loggedIn } = useHeaderStatus()

  if (state.status === "success") {
    return (
      <div id={BACK_IN_STOCK_ANCHOR} className="scroll-mt-24">
        <FormMessage status="success" message={state.message} />
      </div>
    )
  }
  return (
    <form
      id={BACK_IN_STOCK_ANCHOR}
      action={formAction}
      noValidate
      aria-label="Email me when it's back"
      className="flex scroll-mt-24 flex-col gap-3 rounded-lg border border-sand-200 bg-sand-50 p-4"
    >
      <input type="hidden" name="variant_id" value={variantId} />
      <p className="text-sm text-bark-700">Sold out for now. We&apos;ll email you once when it&apos;s back, first come, first told.</p>
      {loggedIn ? null : <EmailField defaultValue={state.values?.email ?? ""} error={state.fieldErrors?.email} />}
      <div>
        <SubmitButton variant="secondary" pendingText="Saving…">
          Email me when it&apos;s back
        </SubmitButton>
      </div>
      <FormMessage status={state.status} message={state.message} />
    </form>
  )
}
