import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { ANY, FilterSelect } from "../../components/filter-select"
import { Pager } from "../../components/pager"
import { sdk } from "../../lib/sdk"
import { useUpdateSearchParams } from "../../lib/use-update-search-params"

const PAGE_SIZE = 20
const STATUSES = ["pending", "confirmed", "unsubscribed"] as const

type Subscriber = {
  id: string
  email: string
  status: (typeof STATUSES)[number]
  topics: string[]
  requested_topics: string[]
  consent_source: string
  consent_at: string | null
  created_at: string
}
type TopicCount = { handle: string; title: string; confirmed: number }
type SubscriberList = { subscribers: Subscriber[]; count: number; topics: TopicCount[] }

const STATUS_COLORS = { pending: "orange", confirmed: "green", unsubscribed: "grey" } as const
const formatDate = (value: string | null) => (value ? new Date(value).toLocaleDateString() : "—")

/** Newsletter subscribers: filter by status, topic and address; confirmed readers per topic; CSV export. */
const NewsletterPage = () => {
  const [searchParams, updateParams] = useUpdateSearchParams()
  const filters = {
    status: searchParams.get("status") || undefined,
    topic: searchParams.get("topic") || undefined,
    q: searchParams.get("q") || undefined,
  }
  const page = Math.max(0, Math.floor(Number(searchParams.get("page") ?? 0)) || 0)
  const { data, isLoading, isError } = useQuery({
    queryKey: ["newsletter-subscribers", filters, page],
    queryFn: () =>
      sdk.client.fetch<SubscriberList>("/admin/newsletter/subscribers", {
        query: { ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
      }),
    placeholderData: keepPreviousData,
  })
  const topics = data?.topics ?? []
  const titleOf = (handle: string) => topics.find((topic) => topic.handle === handle)?.title ?? handle
  const setFilter = (name: string, value: string | undefined) => updateParams({ [name]: value === ANY ? undefined : value, page: undefined })
  // The admin session cookie goes with a plain link, so the browser downloads the file itself.
  const exportHref = `/admin/newsletter/subscribers/export?${new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1])
  )}`

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h1">Newsletter</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Readers who signed up for topic newsletters. Only confirmed subscribers (double opt-in) receive them.
          </Text>
        </div>
        <a href={exportHref} download className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
          Export CSV
        </a>
      </div>

      <div className="flex flex-wrap gap-2 px-6 py-4" aria-label="Confirmed subscribers per topic">
        {topics.map((topic) => (
          <Badge key={topic.handle} size="small" color="grey">
            {topic.title}: {topic.confirmed}
          </Badge>
        ))}
      </div>

      <div className="flex flex-wrap gap-3 px-6 py-4">
        <Input
          type="search"
          placeholder="Search email"
          aria-label="Search email"
          defaultValue={filters.q ?? ""}
          onKeyDown={(event) => event.key === "Enter" && setFilter("q", event.currentTarget.value.trim() || undefined)}
          className="w-64"
        />
        <FilterSelect
          label="Status"
          anyLabel="Any status"
          value={filters.status}
          options={STATUSES.map((status) => ({ value: status, label: status }))}
          onChange={(value) => setFilter("status", value)}
        />
        <FilterSelect
          label="Topic"
          anyLabel="Any topic"
          value={filters.topic}
          options={topics.map((topic) => ({ value: topic.handle, label: topic.title }))}
          onChange={(value) => setFilter("topic", value)}
        />
      </div>

      {isError ? (
        <Text className="px-6 py-4 text-ui-fg-error">The subscribers could not be loaded.</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Email</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Topics</Table.HeaderCell>
                <Table.HeaderCell>Source</Table.HeaderCell>
                <Table.HeaderCell>Consent</Table.HeaderCell>
                <Table.HeaderCell>Signed up</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.subscribers ?? []).map((subscriber) => (
                <Table.Row key={subscriber.id}>
                  <Table.Cell>{subscriber.email}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={STATUS_COLORS[subscriber.status]}>
                      {subscriber.status}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>
                    {subscriber.topics.map(titleOf).join(", ") || "—"}
                    {subscriber.requested_topics.length > 0 && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        awaiting confirmation: {subscriber.requested_topics.map(titleOf).join(", ")}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>{subscriber.consent_source}</Table.Cell>
                  <Table.Cell>{formatDate(subscriber.consent_at)}</Table.Cell>
                  <Table.Cell>{formatDate(subscriber.created_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isLoading && data?.count === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">No subscribers match.</Text>}
          <Pager count={data?.count ?? 0} pageSize={PAGE_SIZE} page={page} onPageChange={(next) => updateParams({ page: next ? String(next) : undefined })} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Newsletter",
  icon: Envelope,
})

export default NewsletterPage
