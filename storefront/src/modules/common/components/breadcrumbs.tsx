import Link from "next/link"

import { absoluteUrl } from "@/lib/site"
import JsonLd from "@/modules/common/components/json-ld"

export type Crumb = { label: string; href: string }

/** "Home › Category › Product": the last crumb is the current page. */
export default function Breadcrumbs({ items }: { items: Crumb[] }) {
  if (items.length === 0) {
    return null
  }
  return (
    <nav aria-label="Breadcrumb" className="mb-6 text-sm text-bark-600">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {items.map((item, index) => {
          const last = index === items.length - 1
          return (
            <li key={`${item.href}-${index}`} className="flex items-center gap-2">
              {last ? (
                <span aria-current="page" className="text-bark-900">
                  {item.label}
                </span>
              ) : (
                <>
                  <Link href={item.href} className="text-leaf-700 hover:underline">
                    {item.label}
                  </Link>
                  <span aria-hidden="true" className="text-bark-400">
                    ›
                  </span>
                </>
              )}
            </li>
          )
        })}
      </ol>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "BreadcrumbList",
          itemListElement: items.map((item, index) => ({
            "@type": "ListItem",
            position: index + 1,
            name: item.label,
            item: absoluteUrl(item.href),
          })),
        }}
      />
    </nav>
  )
}
