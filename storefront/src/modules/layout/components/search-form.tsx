type SearchFormProps = {
  /** Distinguishes the ids when the form appears more than once on a page. */
  idSuffix?: string
  className?: string
}

/** A plain GET form to /search: works without JavaScript. */
export default function SearchForm({ idSuffix = "header", className = "" }: SearchFormProps) {
  const inputId = `site-search-${idSuffix}`
  return (
    <form action="/search" method="get" role="search" className={`flex w-full ${className}`}>
      <label htmlFor={inputId} className="sr-only">
        Search products and articles
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        aria-label="Search products and articles"
        placeholder="Search supplements, brands, health news…"
        maxLength={200}
        className="min-w-0 flex-1 rounded-l-md border border-r-0 border-sand-300 bg-white px-3 py-2 text-sm text-bark-900 placeholder:text-bark-400 focus-visible:outline-2 focus-visible:-outline-offset-1"
      />
      <button
        type="submit"
        className="rounded-r-md bg-leaf-600 px-4 py-2 text-sm font-semibold text-white hover:bg-leaf-700"
      >
        Search
      </button>
    </form>
  )
}
