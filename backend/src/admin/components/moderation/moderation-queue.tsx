import { Badge, Checkbox, CommandBar, Heading, Table, Tabs, Text } from "@medusajs/ui"
import type { ForumPostStatus } from "@supplement-store/contract"
import { Fragment, type ReactNode } from "react"
import { errorMessage, formatCommentDate } from "../comments/api"
import { ModerationStatusBadge } from "../comments/comment-status-badge"
import { MODERATION_ACTIONS, type ModerationStatus } from "./actions"
import type { ModerateManyMutation } from "./use-moderate"
import { ALL_TAB, type QueueTab, type RowSelection } from "./use-queue"

const TABS: { value: QueueTab; label: string }[] = [
  { value: "pending", label: "Pending" },
  { value: "approved", label: "Approved" },
  { value: "rejected", label: "Rejected" },
  { value: "spam", label: "Spam" },
  { value: ALL_TAB, label: "All" },
]

type QueueTitleProps = {
  title: string
  pendingCount: number | undefined
  /** What the count is of ("pending"; the forums' queue counts everything to moderate). */
  countLabel?: string
}

/** The queue's heading with how many items wait (once known). */
export const QueueTitle = ({ title, pendingCount, countLabel = "pending" }: QueueTitleProps) => (
  <div className="flex items-center gap-x-2">
    <Heading level="h1">{title}</Heading>
    {pendingCount !== undefined && (
      <Badge size="2xsmall" color={pendingCount > 0 ? "orange" : "grey"}>
        {pendingCount} {countLabel}
      </Badge>
    )}
  </div>
)

type QueueTabsProps = {
  tab: string
  pendingCount: number | undefined
  selectedCount: number
  onTabChange: (tab: string) => void
  /** Another queue's own tabs (the forums' queue adds "Reported" and "Hidden"); comments' and reviews' by default. */
  tabs?: { value: string; label: string }[]
}

/** The status tabs (the pending one with its count) and how many rows are ticked. */
export const QueueTabs = ({ tab, pendingCount, selectedCount, onTabChange, tabs = TABS }: QueueTabsProps) => (
  <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
    <Tabs value={tab} onValueChange={onTabChange}>
      <Tabs.List>
        {tabs.map((t) => (
          <Tabs.Trigger key={t.value} value={t.value}>
            {t.label}
            {t.value === "pending" && pendingCount ? ` (${pendingCount})` : ""}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
    {selectedCount > 0 && (
      <Text size="small" className="text-ui-fg-subtle">
        {selectedCount} selected
      </Text>
    )}
  </div>
)

type QueueMessagesProps = {
  /** The items, in the plural: "comments", "reviews". */
  noun: string
  tab: string
  isLoading: boolean
  isError: boolean
  error: unknown
  isEmpty: boolean
}

/** What stands under the table while it loads, when it failed, or when the tab has nothing. */
const QueueMessages = ({ noun, tab, isLoading, isError, error, isEmpty }: QueueMessagesProps) => (
  <>
    {isLoading && (
      <Text size="small" className="text-ui-fg-subtle px-6 py-6">
        Loading {noun}…
      </Text>
    )}
    {isError && (
      <Text size="small" className="text-ui-fg-error px-6 py-6">
        Could not load {noun}: {errorMessage(error)}
      </Text>
    )}
    {!isLoading && !isError && isEmpty && (
      <Text size="small" className="text-ui-fg-subtle px-6 py-6">
        {/* "queue" is the forums' default tab: everything that waits for a moderator. */}
        {tab === "pending" || tab === "queue" ? `Nothing to moderate: no ${noun} are waiting.` : `No ${noun} here.`}
      </Text>
    )}
  </>
)

type BulkModerationBarProps = {
  selectedIds: string[]
  /** Hidden while the detail drawer is open. */
  hidden: boolean
  moderateMany: ModerateManyMutation
  /** Called once the selected rows were moderated (to clear the selection). */
  onModerated: () => void
}

/** Approve / Reject / Mark spam for the ticked rows, with keyboard shortcuts. */
export const BulkModerationBar = ({ selectedIds, hidden, moderateMany, onModerated }: BulkModerationBarProps) => {
  const runBulk = (status: ModerationStatus) => {
    if (!selectedIds.length || moderateMany.isPending) return
    moderateMany.mutate({ ids: selectedIds, status }, { onSuccess: onModerated })
  }
  return (
    <CommandBar open={selectedIds.length > 0 && !hidden}>
      <CommandBar.Bar>
        <CommandBar.Value>{selectedIds.length} selected</CommandBar.Value>
        {MODERATION_ACTIONS.map((action) => (
          <Fragment key={action.status}>
            <CommandBar.Seperator />
            <CommandBar.Command
              label={action.bulkLabel}
              shortcut={action.shortcut}
              disabled={moderateMany.isPending}
              action={() => runBulk(action.status)}
            />
          </Fragment>
        ))}
      </CommandBar.Bar>
    </CommandBar>
  )
}

type SelectAllCellProps = {
  /** The items, in the plural: "comments", "reviews". */
  noun: string
  selection: RowSelection
  /** No rows on the page. */
  disabled: boolean
}

/** The header cell whose checkbox ticks every row on the page. */
const SelectAllCell = ({ noun, selection, disabled }: SelectAllCellProps) => (
  <Table.HeaderCell className="w-10">
    <Checkbox
      aria-label={`Select all ${noun} on this page`}
      checked={selection.headerChecked}
      disabled={disabled}
      onCheckedChange={(checked) => selection.toggleAll(checked === true)}
    />
  </Table.HeaderCell>
)

type QueueRowProps = {
  id: string
  /** The checkbox's label, e.g. "Select review by Ann". */
  selectLabel: string
  selection: RowSelection
  /** Opens the item in the drawer. */
  onOpen: () => void
  children: ReactNode
}

/** A queue row: opens its item on click, highlighted while ticked, with its checkbox first. */
export const QueueRow = ({ id, selectLabel, selection, onOpen, children }: QueueRowProps) => (
  <Table.Row
    className={`cursor-pointer [&_td]:h-auto [&_td]:py-3 [&_td]:align-top ${
      selection.isSelected(id) ? "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover" : ""
    }`}
    onClick={onOpen}
  >
    <Table.Cell onClick={(e) => e.stopPropagation()}>
      <Checkbox
        aria-label={selectLabel}
        checked={selection.isSelected(id)}
        onCheckedChange={(checked) => selection.toggleOne(id, checked === true)}
      />
    </Table.Cell>
    {children}
  </Table.Row>
)

/** The row's moderation status with the date it was written. */
export const StatusDateCell = ({ status, createdAt }: { status: ForumPostStatus; createdAt: string }) => (
  <Table.Cell className="whitespace-nowrap">
    <ModerationStatusBadge status={status} />
    <Text size="xsmall" className="text-ui-fg-subtle mt-1.5">
      {formatCommentDate(createdAt)}
    </Text>
  </Table.Cell>
)

type QueueTableProps = {
  /** The items, in the plural: "comments", "reviews". */
  noun: string
  /** The headings between the tick box and the actions. */
  columns: string[]
  selection: RowSelection
  rowCount: number
  tab: string
  query: { isLoading: boolean; isFetching: boolean; isError: boolean; error: unknown }
  /** The rows (QueueRow). */
  children: ReactNode
}

/** A queue's table: the select-all tick box, the headings, the rows, and what stands under them. */
export const QueueTable = ({ noun, columns, selection, rowCount, tab, query, children }: QueueTableProps) => (
  <div className={`overflow-x-auto ${query.isFetching && !query.isLoading ? "opacity-70 transition-opacity" : ""}`}>
    <Table>
      <Table.Header>
        <Table.Row>
          <SelectAllCell noun={noun} selection={selection} disabled={!rowCount} />
          {columns.map((column) => (
            <Table.HeaderCell key={column}>{column}</Table.HeaderCell>
          ))}
          <Table.HeaderCell className="text-right">Actions</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>{children}</Table.Body>
    </Table>
    <QueueMessages noun={noun} tab={tab} isLoading={query.isLoading} isError={query.isError} error={query.error} isEmpty={rowCount === 0} />
  </div>
)
