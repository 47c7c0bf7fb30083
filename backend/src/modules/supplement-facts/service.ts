import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { DietAttribute, SupplementFactsValues, SupplementForm } from "@supplement-store/contract"
import { SupplementFacts } from "./models/supplement-facts"

/** A label as the model writes it: `ingredients` is a json column, typed as an object; it holds the label's list. */
export function toFactsRow(facts: SupplementFactsValues) {
  return { ...facts, ingredients: facts.ingredients as unknown as Record<string, unknown> }
}

export type FactsFilter = { forms?: SupplementForm[]; diets?: DietAttribute[]; ingredients?: string[] }

class SupplementFactsModuleService extends MedusaService({ SupplementFacts }) {
  /**
   * The products whose label matches every filter: one of the forms, all of the diets, one of the
   * ingredients (by the name shoppers know it by, before any "(as …)"). Answered by the table's indexes.
   */
  @InjectManager()
  async listProductIdsMatching(
    { forms = [], diets = [], ingredients = [] }: FactsFilter,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const conditions = ["deleted_at is null"]
    const params: unknown[] = []
    if (forms.length) {
      conditions.push(`form in (${forms.map(() => "?").join(", ")})`)
      params.push(...forms)
    }
    if (diets.length) {
      conditions.push(`diets @> array[${diets.map(() => "?").join(", ")}]::text[]`)
      params.push(...diets)
    }
    if (ingredients.length) {
      conditions.push(
        `exists (select 1 from jsonb_array_elements(ingredients) item
                  where lower(split_part(item->>'name', ' (', 1)) in (${ingredients.map(() => "?").join(", ")}))`
      )
      params.push(...ingredients.map((name) => name.toLowerCase()))
    }
    const rows = (await sharedContext.manager!.execute(
      `select product_id from supplement_facts where ${conditions.join(" and ")}`,
      params
    )) as { product_id: string }[]
    return rows.map((row) => row.product_id)
  }
}

export default SupplementFactsModuleService
