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

type Props = {
  value: CitationRow[]
  onChange: (rows: CitationRow[]) => void
  disabled?: boolean
}

/** Rows of "text, DOI, URL"; only the text is required by the API. */
export const CitationsEditor = ({ value, onChange, disabled }: Props) => {
  const update = (key: string, field: "text" | "doi" | "url", fieldValue: string) =>
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
          <Input
            size="small"
            placeholder="Citation text (authors, title, journal, year)"
            aria-label={`Citation ${index + 1} text`}
            value={row.text}
            disabled={disabled}
            onChange={(e) => update(row.key, "text", e.target.value)}
          />
          <Input
            size="small"
            placeholder="DOI, e.g. 10.1234/abc"
            aria-label={`Citation ${index + 1} DOI`}
            value={row.doi}
            disabled={disabled}
            onChange={(e) => update(row.key, "doi", e.target.value)}
          />
          <Input
            size="small"
            type="url"
            placeholder="https://…"
            aria-label={`Citation ${index + 1} URL`}
            value={row.url}
            disabled={disabled}
            onChange={(e) => update(row.key, "url", e.target.value)}
          />
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
