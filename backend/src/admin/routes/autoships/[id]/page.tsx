import type { AdminAutoshipListItem } from "@supplement-store/contract"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { AutoshipActions } from "../../../components/autoship/autoship-actions"
import { AutoshipStatusBadge, CycleOutcomeBadge } from "../../../components/autoship/autoship-status-badge"
import { autoshipKeys, autoshipsApi, customerName, errorMessage, formatDate } from "../../../lib/autoship"

const useAutoship = (id: string) => useQuery({ queryKey: autoshipKeys.detail(id), queryFn: () => autoshipsApi.retrieve(id), enabled: !!id })

const Detail = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-2 items-start px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-compact-small">{children}</div>
  </div>
)

const addressLines = ({ shipping_address: a }: AdminAutoshipListItem) =>
  [
    `${a.first_name} ${a.last_name}`,
    a.company,
    a.address_1,
    a.address_2,
    [a.postal_code, a.city, a.province].filter(Boolean).join(" "),
    a.country_code.toUpperCase(),
    a.phone,
  ].filter(Boolean)

/** /app/autoships/:id: one subscriber's autoship, what it ships, what became of each due date, and staff's actions. */
const AutoshipDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data, isLoading, isError, error } = useAutoship(id!)

  if (isLoading) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          Loading autoship…
        </Text>
      </Container>
    )
  }
  if (isError || !data) {
    return (
      <Container className="flex flex-col items-start gap-y-3 px-6 py-4">
        <Heading level="h1">Autoship not available</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {errorMessage(error)}
        </Text>
        <Button size="small" variant="secondary" asChild>
          <Link to="/autoships">Back to autoships</Link>
        </Button>
      </Container>
    )
  }

  const { autoship } = data
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
          <div className="flex items-center gap-x-2">
            <Heading level="h1">Autoship every {autoship.interval_days} days</Heading>
            <AutoshipStatusBadge status={autoship.status} />
          </div>
          <AutoshipActions autoship={autoship} />
        </div>
        <Detail label="Customer">
          {autoship.customer ? (
            <Link to={`/customers/${autoship.customer.id}`} className="text-ui-fg-interactive hover:underline">
              {customerName(autoship.customer)} ({autoship.customer.email})
            </Link>
          ) : (
            customerName(null)
          )}
        </Detail>
        <Detail label="Next shipment">{autoship.status === "cancelled" ? "–" : formatDate(autoship.next_order_at)}</Detail>
        {autoship.paused_at && <Detail label="Paused since">{formatDate(autoship.paused_at)}</Detail>}
        <Detail label="Payment">{autoship.payment.label}</Detail>
        <Detail label="Ships to">
          {addressLines(autoship).map((line) => (
            <div key={line}>{line}</div>
          ))}
        </Detail>
        <Detail label="Started">
          {formatDate(autoship.created_at)}
          {autoship.created_from_order_id && (
            <>
              {" · "}
              <Link to={`/orders/${autoship.created_from_order_id}`} className="text-ui-fg-interactive hover:underline">
                first order
              </Link>
            </>
          )}
        </Detail>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Products</Heading>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>Option</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Quantity</Table.HeaderCell>
              <Table.HeaderCell>Stock</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {autoship.lines.map((line) => (
              <Table.Row key={line.id}>
                <Table.Cell>
                  <div className="flex items-center gap-x-3">
                    {line.thumbnail && <img src={line.thumbnail} alt="" className="h-8 w-8 rounded object-cover" />}
                    {line.product_id ? (
                      <Link to={`/products/${line.product_id}`} className="hover:underline">
                        {line.product_title}
                      </Link>
                    ) : (
                      <Text size="small" className="text-ui-fg-muted">
                        Removed from the catalogue ({line.variant_id})
                      </Text>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>{line.variant_title ?? "–"}</Table.Cell>
                <Table.Cell className="text-right">{line.quantity}</Table.Cell>
                <Table.Cell>{line.in_stock ? "In stock" : <span className="text-ui-fg-error">Out of stock</span>}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Deliveries</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Each due date and what became of it, newest first.
          </Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Due</Table.HeaderCell>
              <Table.HeaderCell>Outcome</Table.HeaderCell>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Note</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {autoship.cycles.map((cycle) => (
              <Table.Row key={cycle.id}>
                <Table.Cell>{formatDate(cycle.due_at)}</Table.Cell>
                <Table.Cell>
                  <CycleOutcomeBadge outcome={cycle.outcome} />
                </Table.Cell>
                <Table.Cell>
                  {cycle.order_id ? (
                    <Link to={`/orders/${cycle.order_id}`} className="text-ui-fg-interactive hover:underline">
                      #{cycle.order_display_id ?? cycle.order_id}
                    </Link>
                  ) : (
                    "–"
                  )}
                </Table.Cell>
                <Table.Cell className="max-w-[320px] truncate">
                  {[cycle.message, cycle.missing_variant_ids.length ? `${cycle.missing_variant_ids.length} product(s) left out` : null]
                    .filter(Boolean)
                    .join(" · ") || "–"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {autoship.cycles.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-6">
            No deliveries yet: the first one is due {formatDate(autoship.next_order_at)}.
          </Text>
        )}
      </Container>
    </div>
  )
}

/** The customer's name in the breadcrumb, from the page's own query. */
const AutoshipBreadcrumb = ({ id }: { id: string }) => {
  const { data } = useAutoship(id)
  return <span>{data ? customerName(data.autoship.customer) : "Autoship"}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <AutoshipBreadcrumb id={(match.params as { id: string }).id} />,
}

export default AutoshipDetailPage
