import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Label, Select, Text, clx } from "@medusajs/ui"
import { INGREDIENT_UNITS, SUPPLEMENT_FACTS_LIMITS, type FieldErrors, type IngredientUnit } from "@supplement-store/contract"
import { ingredientErrorKey, newIngredientRow, type IngredientField, type IngredientRow } from "../../lib/supplement-facts"
import { ReorderButtons } from "../reorder-buttons"
import { FieldError } from "./field-error"

type Props = {
  rows: IngredientRow[]
  onChange: (rows: IngredientRow[]) => void
  /** Keyed by row (`ingredients.<row key>.<field>`), see `errorsForRows`. */
  errors: FieldErrors
  /** Forgets a field's message once it is edited. */
  onEdited: (errorKey: string) => void
  disabled?: boolean
}

const COLUMNS = "md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"

/** The label's table: one row per ingredient (name, amount per serving, unit, % Daily Value), in label order. */
export const IngredientsEditor = ({ rows, onChange, errors, onEdited, disabled }: Props) => {
  const update = (row: IngredientRow, field: IngredientField, value: string) => {
    onChange(rows.map((r) => (r.key === row.key ? { ...r, [field]: value } : r)))
    onEdited(ingredientErrorKey(row, field))
  }
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows]
    ;[next[index], next[index + by]] = [next[index + by], next[index]]
    onChange(next)
  }

  return (
    <div className="flex flex-col gap-y-2">
      <div className={clx("hidden gap-x-2 md:grid", COLUMNS)} aria-hidden>
        {["Name", "Amount per serving", "Unit", "% Daily Value (optional)"].map((heading) => (
          <Label key={heading} size="xsmall" className="text-ui-fg-subtle">
            {heading}
          </Label>
        ))}
      </div>
      {rows.map((row, index) => {
        const n = index + 1
        const error = (field: IngredientField) => errors[ingredientErrorKey(row, field)]
        const rowError = errors[`ingredients.${row.key}`]
        return (
          <div key={row.key} className="flex flex-col gap-y-1" data-testid="supplement-facts-ingredient">
            <div className={clx("grid grid-cols-1 items-start gap-2", COLUMNS)}>
              <div className="flex flex-col gap-y-1">
                <Input
                  size="small"
                  placeholder="e.g. Magnesium (as glycinate)"
                  aria-label={`Ingredient ${n} name`}
                  aria-invalid={!!error("name")}
                  maxLength={SUPPLEMENT_FACTS_LIMITS.ingredientName}
                  value={row.name}
                  disabled={disabled}
                  onChange={(e) => update(row, "name", e.target.value)}
                />
                <FieldError message={error("name")} />
              </div>
              <div className="flex flex-col gap-y-1">
                <Input
                  size="small"
                  inputMode="decimal"
                  placeholder="200"
                  aria-label={`Ingredient ${n} amount`}
                  aria-invalid={!!error("amount")}
                  value={row.amount}
                  disabled={disabled}
                  onChange={(e) => update(row, "amount", e.target.value)}
                />
                <FieldError message={error("amount")} />
              </div>
              <div className="flex flex-col gap-y-1">
                <Select
                  size="small"
                  value={row.unit}
                  disabled={disabled}
                  onValueChange={(value) => update(row, "unit", value as IngredientUnit)}
                >
                  <Select.Trigger aria-label={`Ingredient ${n} unit`} aria-invalid={!!error("unit")}>
                    <Select.Value placeholder="Unit" />
                  </Select.Trigger>
                  <Select.Content>
                    {INGREDIENT_UNITS.map((unit) => (
                      <Select.Item key={unit} value={unit}>
                        {unit}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
                <FieldError message={error("unit")} />
              </div>
              <div className="flex flex-col gap-y-1">
                <Input
                  size="small"
                  inputMode="decimal"
                  placeholder="% DV"
                  aria-label={`Ingredient ${n} % Daily Value`}
                  aria-invalid={!!error("daily_value_percent")}
                  value={row.daily_value_percent}
                  disabled={disabled}
                  onChange={(e) => update(row, "daily_value_percent", e.target.value)}
                />
                <FieldError message={error("daily_value_percent")} />
              </div>
              <div className="flex gap-x-1">
                <ReorderButtons label={`ingredient ${n}`} index={index} count={rows.length} disabled={disabled} onMove={move} />
                <IconButton
                  type="button"
                  size="small"
                  variant="transparent"
                  aria-label={`Remove ingredient ${n}`}
                  disabled={disabled}
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                >
                  <Trash />
                </IconButton>
              </div>
            </div>
            <FieldError message={rowError} />
          </div>
        )
      })}
      {rows.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          No ingredients. A label lists at least one.
        </Text>
      )}
      <FieldError message={errors.ingredients} />
      <div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={disabled || rows.length >= SUPPLEMENT_FACTS_LIMITS.ingredients}
          onClick={() => {
            onChange([...rows, newIngredientRow()])
            onEdited("ingredients")
          }}
        >
          <Plus />
          Add ingredient
        </Button>
      </div>
    </div>
  )
}
