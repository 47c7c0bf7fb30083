import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import type { AttributedArticle } from "@supplement-store/contract"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { attributionApi, attributionKeys } from "../lib/attribution"

const ArticleLink = ({ article }: { article: AttributedArticle }) => (
  <Link to={`/articles/${article.id}`} className="text-ui-fg-interactive hover:underline">
    {article.title}
  </Link>
)

/** Where an order came from, on the order's page: the article read last, all articles read, the products clicked from one. Nothing when it carried no attribution. */
const OrderAttributionWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data } = useQuery({ queryKey: attributionKeys.order(order.id), queryFn: () => attributionApi.order(order.id) })
  const attribution = data?.attribution
  if (!attribution) {
    return null
  }
  // The order's own lines name the products; a product no longer in it keeps a neutral name.
  const productTitle = (productId: string) => order.items?.find((item) => item.product_id === productId)?.product_title ?? "A product"

  return (
    <Container className="divide-y p-0" data-testid="order-attribution">
      <div className="px-6 py-4">
        <Heading level="h2">Attribution</Heading>
      </div>
      <div className="flex flex-col gap-2 px-6 py-4">
        <Text size="small">
          Came from:{" "}
          {attribution.last_article ? <ArticleLink article={attribution.last_article} /> : <span className="text-ui-fg-subtle">no article read last</span>}
        </Text>
        {attribution.articles.length > 0 ? (
          <div>
            <Text size="small" className="text-ui-fg-subtle">
              Articles read before ordering
            </Text>
            <ul className="txt-compact-small list-disc pl-5">
              {attribution.articles.map((article) => (
                <li key={article.id}>
                  <ArticleLink article={article} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {attribution.clicked.length > 0 ? (
          <div>
            <Text size="small" className="text-ui-fg-subtle">
              Clicked from an article
            </Text>
            <ul className="txt-compact-small list-disc pl-5">
              {attribution.clicked.map(({ product_id, article }) => (
                <li key={`${product_id}-${article.id}`}>
                  <Link to={`/products/${product_id}`} className="text-ui-fg-interactive hover:underline">
                    {productTitle(product_id)}
                  </Link>{" "}
                  from <ArticleLink article={article} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderAttributionWidget
