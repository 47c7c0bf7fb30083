/** Emitted with `{ id: <product id> }` when a product's label was written or removed. */
export const SupplementFactsEvents = {
  UPDATED: "supplement-facts.updated",
} as const
