import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BellAlert } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { Pager } from "../../components/pager"
import { StockDemandTable } from "../../components/reviews/stock-demand-table"
import { stockDemandApi, stockDemandKeys } from "../../lib/stock-alerts"
import { useUpdateSearchParams } from "../../lib/use-update-search-params"

const PAGE_SIZE = 20

/** Back-in-stock demand: the variants readers asked to hear about, most wanted first, so staff know what to reorder. */
const StockAlertsPage = () => {
  const [searchParams, setSearchParams] = useUpdateSearchParams()
  const page = Math.max(0, Number(searchParams.get("page") ?? 0) || 0)
  const params = { limit: PAGE_SIZE, offset: page * PAGE_SIZE }
  const { data, isLoading, isError, error } = useQuery({
    queryKey: stockDemandKeys.list(params),
    queryFn: () => stockDemandApi.list(params),
    placeholderData: keepPreviousData,
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Back-in-stock demand</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Readers who asked to be emailed when a sold-out variant returns. A restock mails the longest waiting first, as
          many as the units plus a small margin; the rest hear at the next restock.
        </Text>
      </div>
      {isLoading ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-6">
          Loading demand…
        </Text>
      ) : isError || !data ? (
        <Text size="small" className="text-ui-fg-error px-6 py-6">
          Could not load the demand: {error instanceof Error ? error.message : "unknown error"}
        </Text>
      ) : data.demand.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-6">
          Nobody is waiting for a product right now.
        </Text>
      ) : (
        <div>
          <StockDemandTable demand={data.demand} />
          <Pager count={data.count} pageSize={PAGE_SIZE} page={page} onPageChange={(next) => setSearchParams({ page: next ? String(next) : undefined })} />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Back-in-stock demand",
  icon: BellAlert,
})

export const handle = { breadcrumb: () => "Back-in-stock demand" }

export default StockAlertsPage
