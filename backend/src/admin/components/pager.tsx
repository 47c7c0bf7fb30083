import { Table } from "@medusajs/ui"

type PagerProps = {
  /** All the rows the list has, over every page. */
  count: number
  pageSize: number
  /** Zero-based. */
  page: number
  onPageChange: (page: number) => void
}

/** The footer of a paged list: "1 – 20 of 57" with previous/next. */
export const Pager = ({ count, pageSize, page, onPageChange }: PagerProps) => {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={pageCount}
      canPreviousPage={page > 0}
      canNextPage={page + 1 < pageCount}
      previousPage={() => onPageChange(page - 1)}
      nextPage={() => onPageChange(page + 1)}
    />
  )
}
