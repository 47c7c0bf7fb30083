import type { AutoshipStatus } from "@supplement-store/contract"
import { Input, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useNavigate } from "react-router-dom"
import {
  AUTOSHIP_STATUS_LABELS,
  autoshipKeys,
  autoshipsApi,
  customerName,
  errorMessage,
  formatDate,
  isAutoshipStatus,
} from "../../lib/autoship"
import { useUpdateSearchParams } from "../../lib/use-update-search-params"
import { Pager } from "../pager"
import { AutoshipStatusBadge } from "./autoship-status-badge"

const PAGE_SIZE = 20
const ANY = "any"

/** The subscribers: autoships by status, due dates and customer email, soonest shipment first. */
export const AutoshipList = () => {
  const navigate = useNavigate()
  const [searchParams, updateParams] = useUpdateSearchParams()
  const statusParam = searchParams.get("status")
  const status = isAutoshipStatus(statusParam) ? statusParam : undefined
  const page = Math.max(0, Math.floor(Number(searchParams.get("page") ?? 0)) || 0)
  const params = {
    status,
    due_from: searchParams.get("due_from") || undefined,
    due_to: searchParams.get("due_to") || undefined,
    q: searchParams.get("q") || undefined,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  }
  const { data, isLoading, isError, error, isFetching } = useQuery({
    queryKey: autoshipKeys.list(params),
    queryFn: () => autoshipsApi.list(params),
    placeholderData: keepPreviousData,
  })
  const autoships = data?.autoships ?? []
  // A filter change starts again at the first page.
  const filter = (changes: Record<string, string | undefined>) => updateParams({ ...changes, page: undefined })

  return (
    <>
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <Select value={status ?? ANY} onValueChange={(value) => filter({ status: value === ANY ? undefined : value })}>
          <Select.Trigger className="w-44" aria-label="Status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ANY}>Any status</Select.Item>
            {(Object.keys(AUTOSHIP_STATUS_LABELS) as AutoshipStatus[]).map((value) => (
              <Select.Item key={value} value={value}>
                {AUTOSHIP_STATUS_LABELS[value]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <label className="flex items-center gap-x-2">
          <Text size="small" className="text-ui-fg-subtle">
            Next shipment from
          </Text>
          <Input type="date" size="small" value={params.due_from ?? ""} onChange={(e) => filter({ due_from: e.target.value })} />
        </label>
        <label className="flex items-center gap-x-2">
          <Text size="small" className="text-ui-fg-subtle">
            to
          </Text>
          <Input type="date" size="small" value={params.due_to ?? ""} onChange={(e) => filter({ due_to: e.target.value })} />
        </label>
        <Input
          type="search"
          size="small"
          className="w-60"
          placeholder="Customer email"
          defaultValue={params.q ?? ""}
          onChange={(e) => filter({ q: e.target.value.trim() })}
        />
      </div>

      <div className={`overflow-x-auto ${isFetching && !isLoading ? "opacity-70 transition-opacity" : ""}`}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Customer</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Every</Table.HeaderCell>
              <Table.HeaderCell>Next shipment</Table.HeaderCell>
              <Table.HeaderCell>Products</Table.HeaderCell>
              <Table.HeaderCell>Payment</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {autoships.map((autoship) => (
              <Table.Row key={autoship.id} className="cursor-pointer" onClick={() => navigate(`/autoships/${autoship.id}`)}>
                <Table.Cell>
                  <Text size="small" weight="plus">
                    {customerName(autoship.customer)}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {autoship.customer?.email}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <AutoshipStatusBadge status={autoship.status} />
                </Table.Cell>
                <Table.Cell>{autoship.interval_days} days</Table.Cell>
                <Table.Cell>{autoship.status === "cancelled" ? "–" : formatDate(autoship.next_order_at)}</Table.Cell>
                <Table.Cell className="max-w-[280px] truncate">
                  {autoship.lines.map((line) => `${line.quantity} × ${line.product_title ?? line.variant_id}`).join(", ")}
                </Table.Cell>
                <Table.Cell>{autoship.payment.label}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {isLoading && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-6">
            Loading autoships…
          </Text>
        )}
        {isError && (
          <Text size="small" className="text-ui-fg-error px-6 py-6">
            Could not load autoships: {errorMessage(error)}
          </Text>
        )}
        {!isLoading && !isError && autoships.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-6">
            No autoships match these filters.
          </Text>
        )}
      </div>
      <Pager
        count={data?.count ?? 0}
        pageSize={PAGE_SIZE}
        page={page}
        onPageChange={(next) => updateParams({ page: next > 0 ? String(next) : undefined })}
      />
    </>
  )
}
