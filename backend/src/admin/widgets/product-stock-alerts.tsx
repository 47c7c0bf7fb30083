import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { StockDemandTable } from "../components/reviews/stock-demand-table"
import { stockDemandApi, stockDemandKeys } from "../lib/stock-alerts"

/** How many readers wait for each of this product's sold-out variants, on the product's admin page. */
const ProductStockAlertsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const params = { product_id: product.id, limit: 100, offset: 0 }
  const { data, isLoading } = useQuery({ queryKey: stockDemandKeys.list(params), queryFn: () => stockDemandApi.list(params) })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Back-in-stock requests</Heading>
      </div>
      {isLoading ? null : data?.demand.length ? (
        <StockDemandTable demand={data.demand} showProduct={false} />
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Nobody waits for a variant of this product.
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductStockAlertsWidget
