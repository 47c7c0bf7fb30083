import { useEffect, useState } from "react"
import { useUpdateSearchParams } from "../../lib/use-update-search-params"
import type { ModerationStatus } from "./actions"

export const ALL_TAB = "all"
export const DEFAULT_TAB: ModerationStatus = "pending"
export type QueueTab = ModerationStatus | typeof ALL_TAB

type QueueOptions = {
  isStatus: (value: string | null) => value is ModerationStatus
  /** The search param naming the item open in the drawer ("comment", "review"). */
  detailParam: string
}

/**
 * A moderation queue's view, kept in the URL: the status tab (pending first), the zero-based page
 * and the item open in the drawer. Changing the tab starts on its first page with the drawer closed.
 */
export function useQueueParams({ isStatus, detailParam }: QueueOptions) {
  const [searchParams, updateParams] = useUpdateSearchParams()
  const statusParam = searchParams.get("status")
  const tab: QueueTab = statusParam === ALL_TAB ? ALL_TAB : isStatus(statusParam) ? statusParam : DEFAULT_TAB
  const status = tab === ALL_TAB ? undefined : tab
  const page = Math.max(0, Math.floor(Number(searchParams.get("page") ?? 0)) || 0)
  const openId = searchParams.get(detailParam)

  const setTab = (value: string) =>
    updateParams({ status: value === DEFAULT_TAB ? undefined : value, page: undefined, [detailParam]: undefined })
  const setPage = (next: number) => updateParams({ page: next > 0 ? String(next) : undefined })

  return { searchParams, updateParams, tab, status, page, openId, setTab, setPage }
}

type ListedPage = { rows: number; count: number; pageSize: number; isFetching: boolean }

/** After moderating the last rows of a page (they leave the filtered list), steps back a page. */
export function useStepBackFromEmptyPage(listed: ListedPage | undefined, page: number, setPage: (page: number) => void) {
  useEffect(() => {
    if (listed && !listed.isFetching && listed.rows === 0 && page > 0) {
      const last = Math.max(0, Math.ceil(listed.count / listed.pageSize) - 1)
      setPage(last > 0 ? Math.min(last, page - 1) : 0)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listed?.rows, listed?.count, listed?.isFetching, page])
}

/** Rows ticked by id: only rows on the current page count, and a new `view` (tab, page, filter) starts empty. */
export function useRowSelection(rows: { id: string }[], view: string) {
  const [selection, setSelection] = useState<Record<string, boolean>>({})
  const [selectionView, setSelectionView] = useState(view)
  if (selectionView !== view) {
    setSelectionView(view)
    setSelection({})
  }
  const selectedIds = rows.filter((row) => selection[row.id]).map((row) => row.id)
  const allSelected = rows.length > 0 && selectedIds.length === rows.length
  return {
    selectedIds,
    isSelected: (id: string) => !!selection[id],
    /** The header checkbox's state. */
    headerChecked: allSelected ? true : selectedIds.length > 0 ? ("indeterminate" as const) : false,
    toggleAll: (checked: boolean) => setSelection(checked ? Object.fromEntries(rows.map((row) => [row.id, true])) : {}),
    toggleOne: (id: string, checked: boolean) => setSelection((prev) => ({ ...prev, [id]: checked })),
    clear: () => setSelection({}),
  }
}

export type RowSelection = ReturnType<typeof useRowSelection>
