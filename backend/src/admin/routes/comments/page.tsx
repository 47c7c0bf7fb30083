import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Container, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query"
import { useMemo } from "react"
import { commentKeys, commentsApi, excerpt, isCommentStatus } from "../../components/comments/api"
import { CommentActions } from "../../components/comments/comment-actions"
import { CommentDetailDrawer } from "../../components/comments/comment-detail-drawer"
import { SpamReasonBadge } from "../../components/comments/comment-status-badge"
import { useModerateComments } from "../../components/comments/use-moderate"
import {
  BulkModerationBar,
  QueueRow,
  QueueTabs,
  QueueTable,
  QueueTitle,
  StatusDateCell,
} from "../../components/moderation/moderation-queue"
import { useQueueParams, useRowSelection, useStepBackFromEmptyPage } from "../../components/moderation/use-queue"
import { Pager } from "../../components/pager"

const PAGE_SIZE = 20

/** The moderation queue: readers' comments by status, with row and bulk moderation. */
const CommentsPage = () => {
  const { updateParams, tab, status, page, openId, setTab, setPage } = useQueueParams({
    isStatus: isCommentStatus,
    detailParam: "comment",
  })

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

  useStepBackFromEmptyPage(data && { rows: data.comments.length, count: data.count, pageSize: PAGE_SIZE, isFetching }, page, setPage)

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

  const selection = useRowSelection(comments, `${tab}:${page}`)
  const moderateMany = useModerateComments()

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <QueueTitle title="Comments" pendingCount={pendingCount} />
          <Text size="small" className="text-ui-fg-subtle">
            Readers&apos; comments on news articles. Pending comments are hidden from the storefront until approved.
          </Text>
        </div>
      </div>

      <QueueTabs tab={tab} pendingCount={pendingCount} selectedCount={selection.selectedIds.length} onTabChange={setTab} />

      <QueueTable
        noun="comments"
        columns={["Author", "Comment", "Article", "Status / date"]}
        selection={selection}
        rowCount={comments.length}
        tab={tab}
        query={{ isLoading, isFetching, isError, error }}
      >
        {comments.map((comment) => {
          const replyTo = comment.parent_id ? parentAuthor(comment.parent_id) : undefined
          return (
            <QueueRow
              key={comment.id}
              id={comment.id}
              selectLabel={`Select comment by ${comment.author_name}`}
              selection={selection}
              onOpen={() => updateParams({ comment: comment.id })}
            >
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
              <StatusDateCell status={comment.status} createdAt={comment.created_at} />
              <Table.Cell>
                <div className="flex justify-end">
                  <CommentActions wrap id={comment.id} status={comment.status} />
                </div>
              </Table.Cell>
            </QueueRow>
          )
        })}
      </QueueTable>
      <Pager count={count} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />

      <BulkModerationBar selectedIds={selection.selectedIds} hidden={!!openId} moderateMany={moderateMany} onModerated={selection.clear} />

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
