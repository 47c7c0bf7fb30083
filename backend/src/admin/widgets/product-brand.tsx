import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type Brand = { id: string; handle: string; name: string }

const NO_BRAND = "none"

/** Shows the product's brand on its admin page and lets staff change or clear it. */
const ProductBrandWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const queryClient = useQueryClient()
  const productBrandKey = ["product-brand", product.id]

  const { data: current } = useQuery({
    queryKey: productBrandKey,
    queryFn: () =>
      sdk.admin.product.retrieve(product.id, { fields: "id,*brand" }) as Promise<{
        product: { brand?: Brand | null }
      }>,
  })
  const { data: brandList, isLoading } = useQuery({
    queryKey: ["brands"],
    queryFn: () => sdk.client.fetch<{ brands: Brand[] }>("/admin/brands"),
  })

  const setBrand = useMutation({
    mutationFn: (brandId: string | null) =>
      sdk.client.fetch(`/admin/products/${product.id}/brand`, { method: "POST", body: { brand_id: brandId } }),
    onSuccess: () => {
      toast.success("Brand updated")
      queryClient.invalidateQueries({ queryKey: productBrandKey })
    },
    onError: (error: Error) => toast.error(error.message),
  })

  const brandId = current?.product.brand?.id ?? NO_BRAND

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Brand</Heading>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          Shown on the product page and in the brand A–Z.
        </Text>
        <Select
          value={brandId}
          disabled={isLoading || setBrand.isPending}
          onValueChange={(value) => setBrand.mutate(value === NO_BRAND ? null : value)}
        >
          <Select.Trigger>
            <Select.Value placeholder="Choose a brand" />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NO_BRAND}>No brand</Select.Item>
            {brandList?.brands.map((brand) => (
              <Select.Item key={brand.id} value={brand.id}>
                {brand.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductBrandWidget
