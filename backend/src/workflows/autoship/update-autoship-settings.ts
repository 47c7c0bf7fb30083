import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateStoresWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { AUTOSHIP_INTERVALS_METADATA_KEY } from "../../lib/autoship/intervals"

type UpdateAutoshipSettingsInput = { intervals: number[] }

/**
 * Saves the intervals shoppers may choose in the store record's metadata, through Medusa's own store
 * workflow. The other metadata keys are passed back with it, so they are kept.
 */
export const updateAutoshipSettingsWorkflow = createWorkflow("update-autoship-settings", (input: UpdateAutoshipSettingsInput) => {
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["id", "metadata"] })

  const update = transform({ stores, input }, ({ stores, input }) => {
    const [store] = stores
    return {
      selector: { id: store.id },
      update: { metadata: { ...(store.metadata ?? {}), [AUTOSHIP_INTERVALS_METADATA_KEY]: input.intervals } },
    }
  })
  updateStoresWorkflow.runAsStep({ input: update })

  return new WorkflowResponse({ intervals: input.intervals })
})
