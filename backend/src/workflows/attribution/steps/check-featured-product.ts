import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FieldError } from "../../../lib/field-error"

type Article = { id: string; topic?: { id: string } | null; products?: ({ id: string } | null)[] | null }

/** A click counts only for a product the article features (400 naming `product_id` otherwise). */
export const checkFeaturedProductStep = createStep(
  "check-featured-product",
  async ({ article, product_id }: { article: Article; product_id: string }) => {
    if (!(article.products ?? []).some((product) => product?.id === product_id)) {
      throw new FieldError({ product_id: "This article does not feature this product" })
    }
    return new StepResponse({ topic_id: article.topic?.id ?? null })
  }
)
