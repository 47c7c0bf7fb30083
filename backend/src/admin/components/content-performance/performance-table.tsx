import type { PerformanceMeasures } from "@supplement-store/contract"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { formatMoney, formatPercent } from "../../lib/attribution"

type Measure = keyof PerformanceMeasures
type SortKey = "name" | Measure

const MEASURES: { key: Measure; label: string; money?: boolean; rate?: boolean }[] = [
  { key: "readers", label: "Readers" },
  { key: "clicks", label: "Clicks" },
  { key: "add_to_carts", label: "Add-to-carts" },
  { key: "orders", label: "Orders" },
  { key: "assisted_orders", label: "Assisted orders" },
  { key: "revenue_last", label: "Revenue (last article)", money: true },
  { key: "revenue_shared", label: "Revenue (shared)", money: true },
  { key: "conversion_rate", label: "Conversion", rate: true },
]

type PerformanceTableProps<Row extends PerformanceMeasures> = {
  rows: Row[]
  /** Heading of the first column ("Article", "Topic"). */
  nameLabel: string
  nameOf: (row: Row) => string
  keyOf: (row: Row) => string
  /** The first column's cell (a link to the article's editor, say); the plain name by default. */
  renderName?: (row: Row) => ReactNode
  currencyCode: string
}

/** One row per article or topic with its measures; every column sorts (revenue, highest first, to begin with). */
export function PerformanceTable<Row extends PerformanceMeasures>({
  rows,
  nameLabel,
  nameOf,
  keyOf,
  renderName = nameOf,
  currencyCode,
}: PerformanceTableProps<Row>) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "revenue_last", descending: true })
  const sorted = [...rows].sort((a, b) => {
    const order = sort.key === "name" ? nameOf(a).localeCompare(nameOf(b)) : a[sort.key] - b[sort.key]
    return sort.descending ? -order : order
  })
  // Names read best A→Z at first, figures highest first.
  const sortBy = (key: SortKey) =>
    setSort((current) => (current.key === key ? { key, descending: !current.descending } : { key, descending: key !== "name" }))

  const header = (key: SortKey, label: string, alignRight: boolean) => (
    <Table.HeaderCell
      key={key}
      className={alignRight ? "text-right" : undefined}
      aria-sort={sort.key === key ? (sort.descending ? "descending" : "ascending") : "none"}
    >
      <button type="button" onClick={() => sortBy(key)} className="hover:text-ui-fg-base inline-flex items-center gap-1">
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? "↓" : "↑") : ""}</span>
      </button>
    </Table.HeaderCell>
  )

  return (
    <Table>
      <Table.Header>
        <Table.Row>
          {header("name", nameLabel, false)}
          {MEASURES.map((measure) => header(measure.key, measure.label, true))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {sorted.map((row) => (
          <Table.Row key={keyOf(row)}>
            <Table.Cell>{renderName(row)}</Table.Cell>
            {MEASURES.map(({ key, money, rate }) => (
              <Table.Cell key={key} className="text-right tabular-nums">
                {money ? formatMoney(row[key], currencyCode) : rate ? formatPercent(row[key]) : row[key]}
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** A titled box for one of the page's tables, or a line saying the period has nothing for it. */
export function PerformanceSection({
  title,
  empty,
  testId,
  rows,
  children,
}: {
  title: string
  /** What to say when the period has no rows. */
  empty: string
  testId: string
  rows: number
  children: ReactNode
}) {
  return (
    <Container className="divide-y p-0">
      <Heading level="h2" className="px-6 py-4">
        {title}
      </Heading>
      {rows === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {empty}
        </Text>
      ) : (
        <div className="overflow-x-auto" data-testid={testId}>
          {children}
        </div>
      )}
    </Container>
  )
}
