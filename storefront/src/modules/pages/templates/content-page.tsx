import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { getPage } from "@/lib/data/pages"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"
import ArticleBody from "@/modules/news/components/article-body"

/** A page's title and summary for its `<head>`. */
export async function contentPageMetadata(handle: string): Promise<Metadata> {
  const page = await getPage(handle)
  return page ? { title: page.title, description: page.summary || undefined, alternates: { canonical: `/${handle}` } } : {}
}

/**
 * One of the store's own pages, written by staff in Markdown and rendered like an article's body
 * (sanitised, no raw HTML); its headings carry ids, so `/help#returns` links to a section.
 */
export default async function ContentPage({ handle }: { handle: string }) {
  const page = await getPage(handle)
  if (!page) {
    notFound()
  }
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: page.title, href: `/${handle}` },
        ]}
      />
      <PageHeading title={page.title} description={page.summary || undefined} />
      <ArticleBody markdown={page.body} anchors />
    </div>
  )
}
