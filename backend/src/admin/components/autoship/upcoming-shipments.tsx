import { Badge, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { autoshipKeys, autoshipsApi, errorMessage } from "../../lib/autoship"

const DAYS = 14

const dayLabel = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })

/** What the warehouse ships for the club over the next two weeks: per day, the units of each variant. */
export const UpcomingShipments = () => {
  const { data, isLoading, isError, error } = useQuery({
    queryKey: autoshipKeys.upcoming(DAYS),
    queryFn: () => autoshipsApi.upcoming(DAYS),
  })

  if (isLoading) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-6">
        Loading the plan…
      </Text>
    )
  }
  if (isError || !data) {
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-6">
        Could not load upcoming shipments: {errorMessage(error)}
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        Active autoships due in the next {DAYS} days (UTC dates). Overdue ones count today; paused ones are left out.
      </Text>
      {data.days.map((day) => (
        <section key={day.date} className="flex flex-col gap-y-2">
          <div className="flex items-center gap-x-2">
            <Heading level="h3">{dayLabel(day.date)}</Heading>
            <Badge size="2xsmall" color={day.autoships ? "blue" : "grey"}>
              {day.autoships} {day.autoships === 1 ? "shipment" : "shipments"} · {day.units} units
            </Badge>
          </div>
          {day.variants.length > 0 && (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Product</Table.HeaderCell>
                  <Table.HeaderCell>SKU</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {day.variants.map((variant) => (
                  <Table.Row key={variant.variant_id}>
                    <Table.Cell>{variant.title}</Table.Cell>
                    <Table.Cell>{variant.sku ?? "–"}</Table.Cell>
                    <Table.Cell className="text-right">{variant.quantity}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </section>
      ))}
    </div>
  )
}
