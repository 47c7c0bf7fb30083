import type { Article } from "@/lib/data/news"
import { absoluteUrl, STORE_NAME } from "@/lib/site"
import JsonLd from "@/modules/common/components/json-ld"
import { safeHttpUrl, topicPath } from "@/modules/news/utils"

/** schema.org NewsArticle for search engines. */
export default function ArticleJsonLd({ article, url }: { article: Article; url: string }) {
  const image = safeHttpUrl(article.hero_image)
  return (
    <JsonLd
      data={{
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: article.title.slice(0, 110),
        description: article.summary ?? undefined,
        url,
        mainEntityOfPage: { "@type": "WebPage", "@id": url },
        datePublished: article.published_at,
        dateModified: article.updated_at ?? article.published_at,
        image: image ? [image] : undefined,
        articleSection: article.topic?.name,
        author: article.author
          ? { "@type": "Person", name: article.author.name, description: article.author.bio ?? undefined }
          : { "@type": "Organization", name: STORE_NAME },
        publisher: {
          "@type": "Organization",
          name: STORE_NAME,
          url: absoluteUrl("/"),
        },
        isPartOf: article.topic
          ? { "@type": "CollectionPage", name: article.topic.name, url: absoluteUrl(topicPath(article.topic.handle)) }
          : undefined,
      }}
    />
  )
}
