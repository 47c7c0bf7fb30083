import type { Citation } from "@/lib/data/news"
import { doiUrl, safeHttpUrl } from "@/modules/news/utils"

/** The article's references, each with its DOI (as a doi.org link) or web link. */
export default function Citations({ citations }: { citations: Citation[] | null }) {
  const items = (citations ?? []).filter((c) => c && typeof c.text === "string" && c.text.trim())
  if (items.length === 0) {
    return null
  }
  return (
    <section aria-labelledby="citations-heading" id="citations" className="mt-10 border-t border-sand-200 pt-6">
      <h2 id="citations-heading" className="mb-3 font-serif text-xl font-semibold text-bark-900">
        References
      </h2>
      <ol className="list-decimal space-y-3 pl-6 text-sm leading-relaxed text-bark-700">
        {items.map((citation, index) => {
          const doi = doiUrl(citation.doi)
          const url = safeHttpUrl(citation.url)
          return (
            <li key={index} data-testid="citation">
              {citation.text}
              {doi ? (
                <>
                  {" "}
                  <a href={doi} rel="noopener noreferrer" className="break-all text-leaf-700 underline">
                    doi:{citation.doi?.trim()}
                  </a>
                </>
              ) : null}
              {url && !doi ? (
                <>
                  {" "}
                  <a href={url} rel="noopener noreferrer nofollow" className="break-all text-leaf-700 underline">
                    {url}
                  </a>
                </>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
