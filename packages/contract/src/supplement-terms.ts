/**
 * The words of a supplement label, shared by the backend (validation, search fields), the admin form
 * and the storefront (panel, badges, filters). Zod-free, so client components may import it
 * (`@supplement-store/contract/supplement-terms`).
 */

/** What a serving is. */
export const SUPPLEMENT_FORMS = ["capsule", "tablet", "softgel", "powder", "liquid", "lozenge", "gummy", "tea", "oil"] as const
export type SupplementForm = (typeof SUPPLEMENT_FORMS)[number]

export const SUPPLEMENT_FORM_LABELS: Record<SupplementForm, string> = {
  capsule: "Capsules",
  tablet: "Tablets",
  softgel: "Softgels",
  powder: "Powder",
  liquid: "Liquid",
  lozenge: "Lozenges",
  gummy: "Gummies",
  tea: "Tea",
  oil: "Oil",
}

/** Allergen and diet attributes a product may claim; a product without one makes no such claim. */
export const DIET_ATTRIBUTES = ["vegan", "vegetarian", "gluten-free", "dairy-free", "soy-free", "non-gmo"] as const
export type DietAttribute = (typeof DIET_ATTRIBUTES)[number]

export const DIET_LABELS: Record<DietAttribute, string> = {
  vegan: "Vegan",
  vegetarian: "Vegetarian",
  "gluten-free": "Gluten-free",
  "dairy-free": "Dairy-free",
  "soy-free": "Soy-free",
  "non-gmo": "Non-GMO",
}

/** Units an amount per serving is given in, as US labels write them. */
export const INGREDIENT_UNITS = ["mg", "mcg", "g", "IU", "mL", "mcg DFE", "mcg RAE", "mg NE", "billion CFU"] as const
export type IngredientUnit = (typeof INGREDIENT_UNITS)[number]

/** Shown wherever the site says what a product does for health (21 CFR 101.93(c)). */
export const FDA_NOTICE =
  "These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease."

export const SUPPLEMENT_FACTS_LIMITS = {
  servingSize: 60,
  servingsPerContainer: 1000,
  ingredients: 40,
  ingredientName: 80,
  /** Ingredients one product-list filter may name. */
  filterIngredients: 20,
  amount: 1_000_000,
  dailyValuePercent: 100_000,
  otherIngredients: 30,
  otherIngredientName: 120,
  suggestedUse: 600,
  warnings: 1200,
} as const

/**
 * The name shoppers know an ingredient by: a label line without its "(as …)" or "(standardized …)"
 * detail. The ingredient filter and facet use it.
 */
export function commonIngredientName(labelName: string): string {
  return labelName.split(" (")[0].trim()
}
