import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { attributionApi, attributionKeys, formatMoney, lastDays } from "../../lib/attribution"

const PANEL_DAYS = 30

/** An article's last 30 days on its editor page: readers, clicks to its products, orders it led to and their revenue. */
export const ArticlePerformancePanel = ({ articleId }: { articleId: string }) => {
  const period = lastDays(PANEL_DAYS)
  const { data, isLoading, isError } = useQuery({
    queryKey: attributionKeys.article(articleId, period),
    queryFn: () => attributionApi.article(articleId, period),
  })
  const figures = data
    ? [
        { label: "Readers", value: String(data.performance.readers) },
        { label: "Clicks to products", value: String(data.performance.clicks) },
        { label: "Orders", value: String(data.performance.orders) },
        { label: "Revenue", value: formatMoney(data.performance.revenue_last, data.currency_code) },
      ]
    : []

  return (
    <Container className="divide-y p-0" data-testid="article-performance-panel">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Performance, last {PANEL_DAYS} days</Heading>
        <Link to="/content-performance" className="txt-compact-small text-ui-fg-interactive hover:underline">
          All articles
        </Link>
      </div>
      {isLoading ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Loading performance…
        </Text>
      ) : isError || !data ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Could not load this article&apos;s performance.
        </Text>
      ) : (
        <dl className="grid grid-cols-2 gap-4 px-6 py-4 sm:grid-cols-4">
          {figures.map(({ label, value }) => (
            <div key={label}>
              <dt className="txt-compact-small text-ui-fg-subtle">{label}</dt>
              <dd className="txt-compact-large-plus tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </Container>
  )
}
