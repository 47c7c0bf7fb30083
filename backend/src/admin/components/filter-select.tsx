import { Select } from "@medusajs/ui"

/** The "any" choice of a list filter: clears it. */
export const ANY = "any"

type FilterSelectProps = {
  label: string
  anyLabel: string
  value: string | undefined
  options: { value: string; label: string }[]
  onChange: (value: string) => void
}

/** A list filter with an "any" choice that clears it. */
export const FilterSelect = ({ label, anyLabel, value, options, onChange }: FilterSelectProps) => (
  <Select value={value ?? ANY} onValueChange={onChange}>
    <Select.Trigger className="w-52" aria-label={label}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={ANY}>{anyLabel}</Select.Item>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
