import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { AutoshipStatusBadge } from "../components/autoship/autoship-status-badge"
import { autoshipKeys, autoshipsApi, errorMessage, formatDate, isClubMember } from "../lib/autoship"

// A customer rarely has more than a handful; the list page has the rest.
const LIMIT = 50

/** The customer's autoships and club membership, on their admin page. */
const CustomerAutoshipsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const params = { customer_id: customer.id, limit: LIMIT, offset: 0 }
  const { data, isLoading, isError, error } = useQuery({
    queryKey: autoshipKeys.list(params),
    queryFn: () => autoshipsApi.list(params),
  })
  const autoships = data?.autoships ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Autoship</Heading>
        {data && (
          <Badge size="2xsmall" color={isClubMember(autoships) ? "green" : "grey"}>
            {isClubMember(autoships) ? "Club member" : "Not a club member"}
          </Badge>
        )}
      </div>
      {isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading autoships…
        </Text>
      )}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load autoships: {errorMessage(error)}
        </Text>
      )}
      {data && autoships.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No autoships.
        </Text>
      )}
      {autoships.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Every</Table.HeaderCell>
              <Table.HeaderCell>Next shipment</Table.HeaderCell>
              <Table.HeaderCell>Products</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {autoships.map((autoship) => (
              <Table.Row key={autoship.id}>
                <Table.Cell>
                  <AutoshipStatusBadge status={autoship.status} />
                </Table.Cell>
                <Table.Cell>{autoship.interval_days} days</Table.Cell>
                <Table.Cell>{autoship.status === "cancelled" ? "–" : formatDate(autoship.next_order_at)}</Table.Cell>
                <Table.Cell>{autoship.lines.length}</Table.Cell>
                <Table.Cell className="text-right">
                  <Link to={`/autoships/${autoship.id}`} className="text-ui-fg-interactive txt-compact-small hover:underline">
                    View
                  </Link>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerAutoshipsWidget
