import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { ATTRIBUTION_WINDOW_DAYS } from "@supplement-store/contract"
import { Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { PerformanceSection, PerformanceTable } from "../../components/content-performance/performance-table"
import { RevenueChart } from "../../components/content-performance/revenue-chart"
import { attributionApi, attributionKeys, lastDays, type Period, type PerformanceGroup } from "../../lib/attribution"
import { errorMessage } from "../../lib/news"
import { useUpdateSearchParams } from "../../lib/use-update-search-params"

const PRESETS = ["7", "30", "90"] as const
const CUSTOM = "custom"
const DEFAULT_PRESET = "30"

/** The period the page's search params name: a preset of last days, or a custom from–to (the last 30 days until both are set). */
function periodOf(searchParams: URLSearchParams): { choice: string; period: Period } {
  const choice = searchParams.get("period") ?? DEFAULT_PRESET
  const from = searchParams.get("from")
  const to = searchParams.get("to")
  if (choice === CUSTOM && from && to) {
    return { choice, period: { from, to } }
  }
  const days = (PRESETS as readonly string[]).includes(choice) ? Number(choice) : Number(DEFAULT_PRESET)
  return { choice, period: lastDays(days) }
}

/** Which articles and topics lead readers to buy: measures per article and per topic, revenue by topic over time, CSV export. */
const ContentPerformancePage = () => {
  const [searchParams, updateParams] = useUpdateSearchParams()
  const { choice, period } = periodOf(searchParams)
  const { data, isLoading, isError, error } = useQuery({
    queryKey: attributionKeys.performance(period),
    queryFn: () => attributionApi.performance(period),
    placeholderData: keepPreviousData,
  })
  const download = (group: PerformanceGroup) =>
    attributionApi.downloadCsv(period, group).catch((failure: unknown) => toast.error(`The export failed: ${errorMessage(failure)}`))

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
          <div>
            <Heading level="h1">Content performance</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Readers, clicks to products, carts and orders per article and topic, from first-party records of
              the last {ATTRIBUTION_WINDOW_DAYS} days of reading before a purchase. Revenue counts the article read last before the
              first add-to-cart, or is shared evenly among all articles read.
            </Text>
          </div>
          <div className="flex gap-2">
            <Button size="small" variant="secondary" onClick={() => download("article")}>
              Export articles CSV
            </Button>
            <Button size="small" variant="secondary" onClick={() => download("topic")}>
              Export topics CSV
            </Button>
          </div>
        </div>
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <div className="flex flex-col gap-1">
            <Label size="small" htmlFor="performance-period">
              Period
            </Label>
            <Select
              value={choice}
              onValueChange={(value) =>
                updateParams(value === CUSTOM ? { period: value, ...period } : { period: value, from: undefined, to: undefined })
              }
            >
              <Select.Trigger id="performance-period" className="w-48">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {PRESETS.map((days) => (
                  <Select.Item key={days} value={days}>
                    Last {days} days
                  </Select.Item>
                ))}
                <Select.Item value={CUSTOM}>Custom…</Select.Item>
              </Select.Content>
            </Select>
          </div>
          {choice === CUSTOM ? (
            <>
              <div className="flex flex-col gap-1">
                <Label size="small" htmlFor="performance-from">
                  From
                </Label>
                <Input id="performance-from" type="date" value={period.from} max={period.to} onChange={(event) => updateParams({ from: event.target.value })} />
              </div>
              <div className="flex flex-col gap-1">
                <Label size="small" htmlFor="performance-to">
                  To
                </Label>
                <Input id="performance-to" type="date" value={period.to} min={period.from} onChange={(event) => updateParams({ to: event.target.value })} />
              </div>
            </>
          ) : null}
          <Text size="small" className="text-ui-fg-subtle pb-2">
            {period.from} to {period.to} (UTC)
          </Text>
        </div>
      </Container>

      {isLoading ? (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Loading content performance…
          </Text>
        </Container>
      ) : isError || !data ? (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            Could not load content performance: {errorMessage(error)}
          </Text>
        </Container>
      ) : (
        <>
          <Container className="flex flex-col gap-3 px-6 py-4">
            <Heading level="h2">Revenue by topic</Heading>
            <RevenueChart series={data.series} from={data.from} to={data.to} currencyCode={data.currency_code} />
          </Container>
          <PerformanceSection title="Articles" empty="No article was read in this period." testId="article-performance" rows={data.articles.length}>
            <PerformanceTable
              rows={data.articles}
              nameLabel="Article"
              nameOf={(row) => row.title}
              keyOf={(row) => row.article_id}
              renderName={(row) => (
                <Link to={`/articles/${row.article_id}`} className="text-ui-fg-interactive hover:underline">
                  {row.title}
                </Link>
              )}
              currencyCode={data.currency_code}
            />
          </PerformanceSection>
          <PerformanceSection title="Topics" empty="No topic was read in this period." testId="topic-performance" rows={data.topics.length}>
            <PerformanceTable
              rows={data.topics}
              nameLabel="Topic"
              nameOf={(row) => row.topic_name}
              keyOf={(row) => row.topic_id ?? "none"}
              currencyCode={data.currency_code}
            />
          </PerformanceSection>
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Content performance",
  icon: ChartBar,
})

export const handle = { breadcrumb: () => "Content performance" }

export default ContentPerformancePage
