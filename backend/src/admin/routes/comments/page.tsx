import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Checkbox, CommandBar, Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query"
import { Fragment, useEffect, useMemo, useState } from "react"
import {
  commentKeys,
  commentsApi,
  errorMessage,
  excerpt,
  formatCommentDate,
  isCommentStatus,
  type CommentStatus,
} from "../../components/comments/api"
import { CommentActions } from "../../components/comments/comment-actions"
import { CommentDetailDrawer } from "../../components/comments/comment-detail-drawer"
import { ModerationStatusBadge, SpamReasonBadge } from "../../components/comments/comment-status-badge"
import { MODERATION_ACTIONS, useModerateComments } from "../../components/comments/use-moderate"
import { Pager } from "../../components/pager"
import { useUpdateSearchParams } from "../../lib/use-update-search-params"

const PAGE_SIZE = 20
const ALL = "all"
const DEFAULT_TAB: CommentStatus = "pending"

const TABS: { value: CommentStatus | typeof ALL; label: string }[] = [
  { value: "pending", label: "Pending" },
  { value: "approved", label: "Approved" },
  { value: "rejected", label: "Rejected" },
  { value: "spam", label: "Spam" },
  { value: ALL, label: "All" },
]

/** The moderation queue: readers' comments by status, with row and bulk moderation. */
const CommentsPage = () => {
  const [searchParams, updateParams] = useUpdateSearchParams()
  const statusParam = searchParams.get("status")
  const tab: CommentStatus | typeof ALL =
    statusParam === ALL ? ALL : isCommentStatus(statusParam) ? statusParam : DEFAULT_TAB
  const status = tab === ALL ? undefined : tab
  const page = Math.max(0, Math.floor(Number(searchParams.get("page") ?? 0)) || 0)
  const openId = searchParams.get("comment")

  const params = { status, limit: PAGE_SIZE, offset: page * PAGE_SIZE }
  const { data, isLoading, isError, error, isFetching } = useQuery({
    queryKey: commentKeys.list(params),
    queryFn: () => commentsApi.list(params),
    placeholderData: keepPreviousData,
  })
  const { data: pendingData } = useQuery({
    queryKey: commentKeys.pendingCount,
    queryFn: () => commentsApi.list({ status: "pending", limit: 1, offset: 0 }),
  })
  const pendingCount = pendingData?.count

  const comments = useMemo(() => data?.comments ?? [], [data])
  const count = data?.count ?? 0

  // After moderating the last rows of a page (they leave the filtered list), step back a page.
  useEffect(() => {
    if (!isFetching && data && data.comments.length === 0 && page > 0) {
      const last = Math.max(0, Math.ceil(data.count / PAGE_SIZE) - 1)
      updateParams({ page: last > 0 ? String(Math.min(last, page - 1)) : undefined })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, isFetching, page])

  // "reply to <author>": parents on this page are known; others are fetched (and cached) once.
  const byId = useMemo(() => new Map(comments.map((c) => [c.id, c])), [comments])
  const missingParentIds = useMemo(
    () => [...new Set(comments.map((c) => c.parent_id).filter((id): id is string => !!id && !byId.has(id)))],
    [comments, byId]
  )
  const parentQueries = useQueries({
    queries: missingParentIds.map((id) => ({
      queryKey: commentKeys.detail(id),
      queryFn: () => commentsApi.retrieve(id),
      staleTime: 60_000,
    })),
  })
  const parentAuthor = (parentId: string) => {
    const onPage = byId.get(parentId)
    if (onPage) return onPage.author_name
    const index = missingParentIds.indexOf(parentId)
    return parentQueries[index]?.data?.comment.author_name
  }

  // Selection is kept per id; only rows on the current page count, and a new tab or page starts empty.
  const [selection, setSelection] = useState<Record<string, boolean>>({})
  const [selectionView, setSelectionView] = useState({ tab, page })
  if (selectionView.tab !== tab || selectionView.page !== page) {
    setSelectionView({ tab, page })
    setSelection({})
  }
  const selectedIds = comments.filter((c) => selection[c.id]).map((c) => c.id)
  const allSelected = comments.length > 0 && selectedIds.length === comments.length
  const someSelected = selectedIds.length > 0 && !allSelected
  const toggleAll = (checked: boolean) =>
    setSelection(checked ? Object.fromEntries(comments.map((c) => [c.id, true])) : {})
  const toggleOne = (id: string, checked: boolean) => setSelection((prev) => ({ ...prev, [id]: checked }))

  const moderateMany = useModerateComments()
  const runBulk = (target: CommentStatus) => {
    if (!selectedIds.length || moderateMany.isPending) return
    moderateMany.mutate({ ids: selectedIds, status: target }, { onSuccess: () => setSelection({}) })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <div className="flex items-center gap-x-2">
            <Heading level="h1">Comments</Heading>
            {pendingCount !== undefined && (
              <Badge size="2xsmall" color={pendingCount > 0 ? "orange" : "grey"}>
                {pendingCount} pending
              </Badge>
            )}
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            Readers&apos; comments on news articles. Pending comments are hidden from the storefront until approved.
          </Text>
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Tabs
          value={tab}
          onValueChange={(value) =>
            updateParams({ status: value === DEFAULT_TAB ? undefined : value, page: undefined, comment: undefined })
          }
        >
          <Tabs.List>
            {TABS.map((t) => (
              <Tabs.Trigger key={t.value} value={t.value}>
                {t.label}
                {t.value === "pending" && pendingCount ? ` (${pendingCount})` : ""}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
        {selectedIds.length > 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            {selectedIds.length} selected
          </Text>
        )}
      </div>

      <div className={`overflow-x-auto ${isFetching && !isLoading ? "opacity-70 transition-opacity" : ""}`}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="w-10">
                <Checkbox
                  aria-label="Select all comments on this page"
                  checked={allSelected ? true : someSelected ? "indeterminate" : false}
                  disabled={!comments.length}
                  onCheckedChange={(checked) => toggleAll(checked === true)}
                />
              </Table.HeaderCell>
              <Table.HeaderCell>Author</Table.HeaderCell>
              <Table.HeaderCell>Comment</Table.HeaderCell>
              <Table.HeaderCell>Article</Table.HeaderCell>
              <Table.HeaderCell>Status / date</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Actions</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {comments.map((comment) => {
              const replyTo = comment.parent_id ? parentAuthor(comment.parent_id) : undefined
              return (
                <Table.Row
                  key={comment.id}
                  className={`cursor-pointer [&_td]:h-auto [&_td]:py-3 [&_td]:align-top ${
                    selection[comment.id] ? "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover" : ""
                  }`}
                  onClick={() => updateParams({ comment: comment.id })}
                >
                  <Table.Cell onClick={(e) => e.stopPropagation()}>
                    <Checkbox
                      aria-label={`Select comment by ${comment.author_name}`}
                      checked={!!selection[comment.id]}
                      onCheckedChange={(checked) => toggleOne(comment.id, checked === true)}
                    />
                  </Table.Cell>
                  <Table.Cell className="max-w-[200px]">
                    <button
                      type="button"
                      className="txt-compact-small-plus text-ui-fg-base block max-w-full truncate text-left hover:underline"
                      title={comment.author_name}
                      onClick={(e) => {
                        e.stopPropagation()
                        updateParams({ comment: comment.id })
                      }}
                    >
                      {comment.author_name}
                    </button>
                    <Text size="xsmall" className="text-ui-fg-subtle truncate" title={comment.email}>
                      {comment.email}
                    </Text>
                  </Table.Cell>
                  <Table.Cell className="min-w-[240px] max-w-[420px]">
                    {comment.parent_id && (
                      <Text size="xsmall" className="text-ui-fg-muted mb-1 truncate">
                        ↳ reply to {replyTo ?? "…"}
                      </Text>
                    )}
                    <p className="txt-compact-small text-ui-fg-base line-clamp-4 whitespace-pre-wrap break-words [overflow-wrap:anywhere]">
                      {excerpt(comment.body)}
                    </p>
                    {comment.spam_reason && (
                      <div className="mt-1">
                        <SpamReasonBadge reason={comment.spam_reason} />
                      </div>
                    )}
                  </Table.Cell>
                  <Table.Cell className="min-w-[140px] max-w-[200px]">
                    <Text size="small" className="line-clamp-2 break-words" title={comment.article?.title}>
                      {comment.article?.title ?? "–"}
                    </Text>
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">
                    <ModerationStatusBadge status={comment.status} />
                    <Text size="xsmall" className="text-ui-fg-subtle mt-1.5">
                      {formatCommentDate(comment.created_at)}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex justify-end">
                      <CommentActions wrap id={comment.id} status={comment.status} />
                    </div>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
        {isLoading && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-6">
            Loading comments…
          </Text>
        )}
        {isError && (
          <Text size="small" className="text-ui-fg-error px-6 py-6">
            Could not load comments: {errorMessage(error)}
          </Text>
        )}
        {!isLoading && !isError && comments.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-6">
            {tab === "pending" ? "Nothing to moderate: no comments are waiting." : "No comments here."}
          </Text>
        )}
      </div>
      <Pager
        count={count}
        pageSize={PAGE_SIZE}
        page={page}
        onPageChange={(next) => updateParams({ page: next > 0 ? String(next) : undefined })}
      />

      <CommandBar open={selectedIds.length > 0 && !openId}>
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

      <CommentDetailDrawer
        commentId={openId}
        onOpenChange={(open) => !open && updateParams({ comment: undefined })}
        onOpenComment={(id) => updateParams({ comment: id })}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Comments",
  icon: ChatBubbleLeftRight,
})

export const handle = { breadcrumb: () => "Comments" }

export default CommentsPage
