import type { ArticleSummary } from "@/lib/data/news"
import ArticleCard from "@/modules/news/components/article-card"

type ArticleListProps = {
  articles: ArticleSummary[]
  headingLevel?: 2 | 3
  /** Accessible name of the list, e.g. "Latest articles". */
  label?: string
}

export default function ArticleList({ articles, headingLevel = 2, label }: ArticleListProps) {
  return (
    <ul aria-label={label} className="grid gap-5 sm:grid-cols-2" data-testid="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
