import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText, Plus } from "@medusajs/icons"
import { Button, Container, Heading, Input, Table, Tabs, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { ArticleStatusBadge } from "../../components/article-status-badge"
import { Pager } from "../../components/pager"
import { ARTICLE_STATUSES, formatDateTime, newsApi, newsKeys, type ArticleStatus } from "../../lib/news"
import { useUpdateSearchParams } from "../../lib/use-update-search-params"

const PAGE_SIZE = 20
const ALL = "all"

const STATUS_TABS: { value: string; label: string }[] = [
  { value: ALL, label: "All" },
  { value: "draft", label: "Drafts" },
  { value: "scheduled", label: "Scheduled" },
  { value: "published", label: "Published" },
]

function isStatus(value: string | null): value is ArticleStatus {
  return !!value && (ARTICLE_STATUSES as readonly string[]).includes(value)
}

/** The newsroom desk: every article, filterable by status and searchable by title/summary. */
const ArticlesPage = () => {
  const navigate = useNavigate()
  const [searchParams, updateParams] = useUpdateSearchParams()
  const statusParam = searchParams.get("status")
  const status = isStatus(statusParam) ? statusParam : undefined
  const q = searchParams.get("q") ?? ""
  const page = Math.max(0, Number(searchParams.get("page") ?? 0) || 0)

  const [searchInput, setSearchInput] = useState(q)

  // Debounce the search box into the URL (and so into the query).
  useEffect(() => {
    const trimmed = searchInput.trim()
    if (trimmed === q) return
    const timer = setTimeout(() => updateParams({ q: trimmed || undefined, page: undefined }), 300)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searchInput, q])

  const params = { status, q: q || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE }
  const { data, isLoading, isError, error, isFetching } = useQuery({
    queryKey: newsKeys.articleList(params),
    queryFn: () => newsApi.listArticles(params),
    placeholderData: keepPreviousData,
  })

  const articles = data?.articles ?? []
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Articles</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            News, research summaries and guides for the storefront&apos;s newsroom.
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/articles/topics">Topics</Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="/articles/authors">Authors</Link>
          </Button>
          <Button size="small" variant="primary" asChild>
            <Link to="/articles/create">
              <Plus />
              Create
            </Link>
          </Button>
        </div>
      </div>

      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <Tabs
          value={status ?? ALL}
          onValueChange={(value) => updateParams({ status: value === ALL ? undefined : value, page: undefined })}
        >
          <Tabs.List>
            {STATUS_TABS.map((tab) => (
              <Tabs.Trigger key={tab.value} value={tab.value}>
                {tab.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        <div className="w-full md:w-72">
          <Input
            type="search"
            size="small"
            placeholder="Search title or summary"
            value={searchInput}
            onChange={(e) => setSearchInput(e.target.value)}
            aria-label="Search articles"
          />
        </div>
      </div>

      <div className={isFetching && !isLoading ? "opacity-70 transition-opacity" : undefined}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>Topic</Table.HeaderCell>
              <Table.HeaderCell>Author</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Published</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Views</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {articles.map((article) => (
              <Table.Row
                key={article.id}
                className="cursor-pointer"
                onClick={() => navigate(`/articles/${article.id}`)}
              >
                <Table.Cell className="max-w-[420px]">
                  <Link
                    to={`/articles/${article.id}`}
                    className="block truncate font-medium"
                    title={article.title}
                    onClick={(e) => e.stopPropagation()}
                  >
                    {article.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{article.topic?.name ?? "–"}</Table.Cell>
                <Table.Cell>{article.author?.name ?? "–"}</Table.Cell>
                <Table.Cell>
                  <ArticleStatusBadge status={article.status} />
                </Table.Cell>
                <Table.Cell className={article.status === "scheduled" ? "text-ui-fg-subtle" : undefined}>
                  {/* A draft keeps its old date after unpublishing; it isn't public, so don't show one. */}
                  {article.status === "draft" ? "–" : formatDateTime(article.published_at)}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{article.view_count.toLocaleString()}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {isLoading && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-6">
            Loading articles…
          </Text>
        )}
        {isError && (
          <Text size="small" className="text-ui-fg-error px-6 py-6">
            Could not load articles: {error instanceof Error ? error.message : "unknown error"}
          </Text>
        )}
        {!isLoading && !isError && articles.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-6">
            {q || status ? "No articles match these filters." : "No articles yet. Create the first one."}
          </Text>
        )}
        <Pager
          count={count}
          pageSize={PAGE_SIZE}
          page={page}
          onPageChange={(next) => updateParams({ page: next > 0 ? String(next) : undefined })}
        />
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Articles",
  icon: DocumentText,
})

export const handle = { breadcrumb: () => "Articles" }

export default ArticlesPage
