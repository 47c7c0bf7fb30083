import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { hasAutoshipLines } from "@supplement-store/contract"

/** Autoship needs an account: its renewals are placed for, and managed by, a customer. */
completeCartWorkflow.hooks.validate(async ({ cart }) => {
  const { items, customer } = cart as { items?: { metadata?: Record<string, unknown> | null }[]; customer?: { has_account?: boolean } | null }
  if (hasAutoshipLines(items) && !customer?.has_account) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Log in or create an account to start autoship")
  }
})
