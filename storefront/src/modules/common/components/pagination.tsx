import Link from "next/link"

type PaginationProps = {
  page: number
  totalPages: number
  /** Builds the link for a page number. */
  hrefFor: (page: number) => string
}

export default function Pagination({ page, totalPages, hrefFor }: PaginationProps) {
  if (totalPages <= 1) {
    return null
  }
  const linkClasses =
    "rounded-md border border-leaf-600 px-4 py-2 text-sm font-medium text-leaf-700 no-underline hover:bg-leaf-600 hover:text-white"
  const disabledClasses = "rounded-md border border-sand-200 px-4 py-2 text-sm text-bark-400"

  return (
    <nav aria-label="Pagination" className="mt-10 flex items-center justify-center gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClasses}>
          Previous
        </Link>
      ) : (
        <span aria-disabled="true" className={disabledClasses}>
          Previous
        </span>
      )}
      <span className="text-sm text-bark-600">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClasses}>
          Next
        </Link>
      ) : (
        <span aria-disabled="true" className={disabledClasses}>
          Next
        </span>
      )}
    </nav>
  )
}
