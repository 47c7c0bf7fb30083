import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"

export type CitationRow = { key: string; text: string; doi: string; url: string }

let nextKey = 0
export const newCitationRow = (values?: Partial<Omit<CitationRow, "key">>): CitationRow => ({
  key: `citation-${nextKey++}`,
  text: values?.text ?? "",
  doi: values?.doi ?? "",
  url: values?.url ?? "",
})

type CitationField = Exclude<keyof CitationRow, "key">

/** The inputs of a row, in order; `label` names the input to screen readers as "Citation 2 DOI". */
const FIELDS: { field: CitationField; label: string; placeholder: string; type?: "url" }[] = [
  { field: "text", label: "text", placeholder: "Citation text (authors, title, journal, year)" },
  { field: "doi", label: "DOI", placeholder: "DOI, e.g. 10.1234/abc" },
  { field: "url", label: "URL", placeholder: "https://…", type: "url" },
]

type Props = {
  value: CitationRow[]
  onChange: (rows: CitationRow[]) => void
  disabled?: boolean
}

/** Rows of "text, DOI, URL"; only the text is required by the API. */
export const CitationsEditor = ({ value, onChange, disabled }: Props) => {
  const update = (key: string, field: CitationField, fieldValue: string) =>
    onChange(value.map((row) => (row.key === key ? { ...row, [field]: fieldValue } : row)))

  return (
    <div className="flex flex-col gap-y-2">
      {value.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          No citations. Add the studies or sources the article relies on.
        </Text>
      )}
      {value.map((row, index) => (
        <div key={row.key} className="grid grid-cols-1 items-start gap-2 md:grid-cols-[2fr_1fr_1fr_auto]">
          {FIELDS.map(({ field, label, placeholder, type }) => (
            <Input
              key={field}
              size="small"
              type={type}
              placeholder={placeholder}
              aria-label={`Citation ${index + 1} ${label}`}
              value={row[field]}
              disabled={disabled}
              onChange={(e) => update(row.key, field, e.target.value)}
            />
          ))}
          <IconButton
            type="button"
            size="small"
            variant="transparent"
            disabled={disabled}
            onClick={() => onChange(value.filter((r) => r.key !== row.key))}
            aria-label={`Remove citation ${index + 1}`}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={disabled || value.length >= 50}
          onClick={() => onChange([...value, newCitationRow()])}
        >
          <Plus />
          Add citation
        </Button>
      </div>
    </div>
  )
}
