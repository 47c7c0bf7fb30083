import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { ArticleForm } from "../../../components/article-form"
import { ArticlePerformancePanel } from "../../../components/content-performance/article-performance-panel"
import { errorMessage, newsApi, newsKeys } from "../../../lib/news"

/** /app/articles/:id: the editor for one article. */
const ArticleDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data, isLoading, isError, error } = useQuery({
    queryKey: newsKeys.article(id!),
    queryFn: () => newsApi.getArticle(id!),
    enabled: !!id,
    // The form keeps its own copy while editing; don't swap it out from under the editor.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  })

  if (isLoading) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          Loading article…
        </Text>
      </Container>
    )
  }
  if (isError || !data) {
    return (
      <Container className="flex flex-col items-start gap-y-3 px-6 py-4">
        <Heading level="h1">Article not available</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {errorMessage(error)}
        </Text>
        <Button size="small" variant="secondary" asChild>
          <Link to="/articles">Back to articles</Link>
        </Button>
      </Container>
    )
  }
  // Keyed by id so moving between articles starts a fresh form.
  return (
    <div className="flex flex-col gap-y-3">
      <ArticleForm key={data.article.id} article={data.article} />
      <ArticlePerformancePanel articleId={data.article.id} />
    </div>
  )
}

/** Shows the article's title in the breadcrumb, from the same query cache as the page. */
const ArticleBreadcrumb = ({ id }: { id: string }) => {
  const { data } = useQuery({
    queryKey: newsKeys.article(id),
    queryFn: () => newsApi.getArticle(id),
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  })
  return <span>{data?.article.title ?? "Article"}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <ArticleBreadcrumb id={(match.params as { id: string }).id} />,
}

export default ArticleDetailPage
