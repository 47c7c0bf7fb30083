import {
  DIET_LABELS,
  SUPPLEMENT_FORM_LABELS,
  type DietAttribute,
  type SupplementForm,
} from "@supplement-store/contract/supplement-terms"

/**
 * The diets a card has room for, the ones shoppers filter on most: vegan (or else vegetarian, which
 * vegan implies) and gluten-free.
 */
function keyDiets(diets: DietAttribute[]): DietAttribute[] {
  const plantBased: DietAttribute[] = diets.includes("vegan") ? ["vegan"] : diets.includes("vegetarian") ? ["vegetarian"] : []
  return diets.includes("gluten-free") ? [...plantBased, "gluten-free"] : plantBased
}

type LabelBadgesProps = {
  form?: SupplementForm | null
  diets?: DietAttribute[] | null
  className?: string
}

/** A product card's form and key diets from its label ("Capsules", "Vegan", "Gluten-free"); nothing without a label. */
export default function LabelBadges({ form, diets, className = "" }: LabelBadgesProps) {
  const shown = keyDiets(diets ?? [])
  if (!form && shown.length === 0) {
    return null
  }
  return (
    <ul aria-label="Form and diet" className={`flex flex-wrap gap-1 ${className}`} data-testid="label-badges">
      {form ? (
        <li className="rounded-full bg-sand-100 px-2 py-0.5 text-xs text-bark-700">{SUPPLEMENT_FORM_LABELS[form]}</li>
      ) : null}
      {shown.map((diet) => (
        <li key={diet} className="rounded-full bg-leaf-50 px-2 py-0.5 text-xs font-medium text-leaf-800">
          {DIET_LABELS[diet]}
        </li>
      ))}
    </ul>
  )
}
