import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { isGeneratedPackshot } from "../lib/packshots/names"

/**
 * A generated packshot is only a default: once staff add a photo of their own, the packshot leaves the
 * product's images and the photo becomes the thumbnail (unless staff already chose another one).
 */
export default async function replaceGeneratedPackshot({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "thumbnail", "images.url"],
    filters: { id: event.data.id },
  })
  const product = data[0]
  const urls = (product?.images ?? []).map((image: { url: string } | null) => image!.url)
  const photos = urls.filter((url: string) => !isGeneratedPackshot(url))
  if (!product || !photos.length || photos.length === urls.length) {
    return
  }
  const keepsThumbnail = product.thumbnail && !isGeneratedPackshot(product.thumbnail)
  await updateProductsWorkflow(container).run({
    input: {
      products: [{ id: product.id, images: photos.map((url: string) => ({ url })), thumbnail: keepsThumbnail ? product.thumbnail : photos[0] }],
    },
  })
}

export const config: SubscriberConfig = {
  event: "product.updated",
}
