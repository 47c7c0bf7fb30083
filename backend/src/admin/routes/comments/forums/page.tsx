import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo } from "react"
import { excerpt } from "../../../components/comments/api"
import { forumKeys, forumsApi, isForumPostStatus, REPORT_REASON_LABELS, type ForumPostListParams } from "../../../components/forums/api"
import { ForumPostActions } from "../../../components/forums/forum-post-actions"
import { ForumPostBadges, ForumPostDrawer } from "../../../components/forums/forum-post-drawer"
import { useModerateForumPosts } from "../../../components/forums/use-forum-mutations"
import {
  BulkModerationBar,
  QueueRow,
  QueueTabs,
  QueueTable,
  QueueTitle,
  StatusDateCell,
} from "../../../components/moderation/moderation-queue"
import { useRowSelection, useStepBackFromEmptyPage } from "../../../components/moderation/use-queue"
import { Pager } from "../../../components/pager"
import { useUpdateSearchParams } from "../../../lib/use-update-search-params"

const PAGE_SIZE = 20
/** The default tab: everything waiting for a moderator (pending and hidden posts, and reported ones). */
const QUEUE_TAB = "queue"
const REPORTED_TAB = "reported"
const TABS = [
  { value: QUEUE_TAB, label: "To moderate" },
  { value: REPORTED_TAB, label: "Reported" },
  { value: "pending", label: "Pending" },
  { value: "hidden", label: "Hidden" },
  { value: "approved", label: "Approved" },
  { value: "rejected", label: "Rejected" },
  { value: "spam", label: "Spam" },
]

/** A tab's filters for `GET /admin/forum-posts`. */
function tabFilters(tab: string): Pick<ForumPostListParams, "status" | "reported"> {
  if (tab === REPORTED_TAB) return { reported: true }
  return isForumPostStatus(tab) ? { status: tab } : {}
}

/**
 * The forum moderation queue, beside comments and reviews: first posts of new members waiting,
 * posts readers reported (with their reasons; three reports hide a post), with row and bulk decisions,
 * delete with a reason, and banning the author from the drawer.
 */
const ForumPostsPage = () => {
  const [searchParams, updateParams] = useUpdateSearchParams()
  const tabParam = searchParams.get("status") ?? QUEUE_TAB
  const tab = TABS.some((t) => t.value === tabParam) ? tabParam : QUEUE_TAB
  const page = Math.max(0, Math.floor(Number(searchParams.get("page") ?? 0)) || 0)
  const openId = searchParams.get("post")
  const setTab = (value: string) => updateParams({ status: value === QUEUE_TAB ? undefined : value, page: undefined, post: undefined })
  const setPage = (next: number) => updateParams({ page: next > 0 ? String(next) : undefined })

  const params: ForumPostListParams = { ...tabFilters(tab), limit: PAGE_SIZE, offset: page * PAGE_SIZE }
  const { data, isLoading, isError, error, isFetching } = useQuery({
    queryKey: forumKeys.posts(params),
    queryFn: () => forumsApi.listPosts(params),
    placeholderData: keepPreviousData,
  })
  const { data: waitingData } = useQuery({
    queryKey: forumKeys.waitingCount,
    queryFn: () => forumsApi.listPosts({ limit: 1, offset: 0 }),
  })
  const waitingCount = waitingData?.count

  const posts = useMemo(() => data?.posts ?? [], [data])
  const openPost = posts.find((post) => post.id === openId) ?? null
  useStepBackFromEmptyPage(data && { rows: data.posts.length, count: data.count, pageSize: PAGE_SIZE, isFetching }, page, setPage)

  const selection = useRowSelection(posts, `${tab}:${page}`)
  const moderateMany = useModerateForumPosts()

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <QueueTitle title="Forum posts" pendingCount={waitingCount} countLabel="to moderate" />
        <Text size="small" className="text-ui-fg-subtle">
          A member&apos;s first post waits here until approved; later ones go live. Posts readers report wait here too, and three reports
          hide a post until you decide. Any decision closes its reports.
        </Text>
      </div>

      <QueueTabs tabs={TABS} tab={tab} pendingCount={undefined} selectedCount={selection.selectedIds.length} onTabChange={setTab} />

      <QueueTable
        noun="posts"
        columns={["Thread", "Post", "Author", "Status / date"]}
        selection={selection}
        rowCount={posts.length}
        tab={tab}
        query={{ isLoading, isFetching, isError, error }}
      >
        {posts.map((post) => (
          <QueueRow
            key={post.id}
            id={post.id}
            selectLabel={`Select post by ${post.author_name}`}
            selection={selection}
            onOpen={() => updateParams({ post: post.id })}
          >
            <Table.Cell className="min-w-[160px] max-w-[240px]">
              <p className="txt-compact-small-plus line-clamp-2 break-words" title={post.thread.title}>
                {post.thread.title}
              </p>
              <Text size="xsmall" className="text-ui-fg-subtle truncate">
                {post.thread.forum.name}
              </Text>
            </Table.Cell>
            <Table.Cell className="min-w-[260px] max-w-[440px]">
              <p className="txt-compact-small text-ui-fg-subtle line-clamp-3 whitespace-pre-wrap break-words [overflow-wrap:anywhere]">
                {excerpt(post.body)}
              </p>
              <div className="mt-1.5">
                <ForumPostBadges post={post} />
              </div>
              {post.reports.length > 0 && (
                <Text size="xsmall" className="text-ui-fg-muted mt-1">
                  Reported as: {[...new Set(post.reports.map((r) => REPORT_REASON_LABELS[r.reason] ?? r.reason))].join(", ")}
                </Text>
              )}
            </Table.Cell>
            <Table.Cell className="max-w-[200px]">
              <Text size="small" className="truncate" title={post.author_name}>
                {post.author_name}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle truncate" title={post.email}>
                {post.email}
              </Text>
            </Table.Cell>
            <StatusDateCell status={post.status} createdAt={post.created_at} />
            <Table.Cell>
              <ForumPostActions post={post} />
            </Table.Cell>
          </QueueRow>
        ))}
      </QueueTable>
      <Pager count={data?.count ?? 0} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />

      <BulkModerationBar
        selectedIds={selection.selectedIds}
        hidden={!!openPost}
        moderateMany={moderateMany}
        onModerated={selection.clear}
      />

      <ForumPostDrawer post={openPost} onOpenChange={(open) => !open && updateParams({ post: undefined })} />
    </Container>
  )
}

// A sub-item of Comments in the sidebar: the moderation queues sit together.
export const config = defineRouteConfig({ label: "Forum posts" })

export const handle = { breadcrumb: () => "Forum posts" }

export default ForumPostsPage
