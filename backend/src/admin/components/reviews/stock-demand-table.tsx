import type { StockDemand } from "@supplement-store/contract"
import { Badge, Table } from "@medusajs/ui"
import { Link } from "react-router-dom"

const asked = (date: string) => new Date(date).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" })

/** One row per variant readers wait for: who waits, who has yet to confirm, since when, and what is on hand. */
export const StockDemandTable = ({ demand, showProduct = true }: { demand: StockDemand[]; showProduct?: boolean }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        {showProduct && <Table.HeaderCell>Product</Table.HeaderCell>}
        <Table.HeaderCell>Variant</Table.HeaderCell>
        <Table.HeaderCell>SKU</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Waiting</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Unconfirmed</Table.HeaderCell>
        <Table.HeaderCell>Oldest request</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {demand.map((row) => (
        <Table.Row key={row.variant_id}>
          {showProduct && (
            <Table.Cell>
              <Link to={`/products/${row.product_id}`} className="text-ui-fg-interactive hover:underline">
                {row.product_title}
              </Link>
            </Table.Cell>
          )}
          <Table.Cell>{row.variant_title ?? "–"}</Table.Cell>
          <Table.Cell>{row.sku ?? "–"}</Table.Cell>
          <Table.Cell className="text-right">{row.waiting}</Table.Cell>
          <Table.Cell className="text-right">{row.pending}</Table.Cell>
          <Table.Cell>{asked(row.oldest_request_at)}</Table.Cell>
          <Table.Cell className="text-right">
            <Badge size="2xsmall" color={row.available > 0 ? "green" : "red"}>
              {row.available > 0 ? `${row.available} in stock` : "Sold out"}
            </Badge>
          </Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
