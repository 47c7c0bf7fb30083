import { Badge, Button, Input, Select, Switch, Table, Text } from "@medusajs/ui"
import type { AdminForum, AdminForumThread } from "@supplement-store/contract"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { formatCommentDate } from "../comments/api"
import { ModerationStatusBadge } from "../comments/comment-status-badge"
import { Pager } from "../pager"
import { forumKeys, forumsApi, storefrontThreadUrl } from "./api"
import { ReasonPrompt } from "./reason-prompt"
import { useDeleteForumThread, useUpdateForumThread } from "./use-forum-mutations"

const PAGE_SIZE = 20

/** One forum's threads (every status), pinned first: pin, lock, move to another forum, delete with a reason. */
export const ForumThreads = ({ forum, forums }: { forum: AdminForum; forums: AdminForum[] }) => {
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)
  const params = { forum_id: forum.id, q: q.trim() || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE }
  const { data, isLoading, isError } = useQuery({
    queryKey: forumKeys.threads(params),
    queryFn: () => forumsApi.listThreads(params),
    placeholderData: keepPreviousData,
  })
  const threads = data?.threads ?? []
  const [deleting, setDeleting] = useState<AdminForumThread | null>(null)
  const remove = useDeleteForumThread()

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Text size="small" weight="plus">
          Threads in {forum.name}
        </Text>
        <Input
          size="small"
          type="search"
          className="w-64"
          placeholder="Search titles"
          aria-label="Search thread titles"
          value={q}
          maxLength={100}
          onChange={(e) => {
            setQ(e.target.value)
            setPage(0)
          }}
        />
      </div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Thread</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Replies</Table.HeaderCell>
              <Table.HeaderCell>Last post</Table.HeaderCell>
              <Table.HeaderCell>Pinned</Table.HeaderCell>
              <Table.HeaderCell>Locked</Table.HeaderCell>
              <Table.HeaderCell>Move to</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {threads.map((thread) => (
              <ThreadRow key={thread.id} thread={thread} forums={forums} onDelete={() => setDeleting(thread)} />
            ))}
          </Table.Body>
        </Table>
        {(isLoading || isError || threads.length === 0) && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {isLoading ? "Loading threads…" : isError ? "Could not load the threads." : "No threads here."}
          </Text>
        )}
      </div>
      <Pager count={data?.count ?? 0} pageSize={PAGE_SIZE} page={page} onPageChange={setPage} />
      <ReasonPrompt
        open={!!deleting}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete “${deleting?.title ?? ""}”?`}
        description="The thread and all its posts disappear for readers and leave the forum's counts."
        confirmLabel="Delete thread"
        isPending={remove.isPending}
        onConfirm={(reason) => deleting && remove.mutate({ id: deleting.id, reason }, { onSuccess: () => setDeleting(null) })}
      />
    </>
  )
}

const ThreadRow = ({ thread, forums, onDelete }: { thread: AdminForumThread; forums: AdminForum[]; onDelete: () => void }) => {
  const update = useUpdateForumThread()
  const busy = update.isPending
  const targets = forums.filter((forum) => forum.id !== thread.forum.id && !forum.archived_at)
  return (
    <Table.Row className="[&_td]:h-auto [&_td]:py-2">
      <Table.Cell className="min-w-[240px] max-w-[400px]">
        <a
          href={storefrontThreadUrl(thread.forum.handle, thread.handle)}
          target="_blank"
          rel="noopener noreferrer"
          className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover line-clamp-2 break-words"
        >
          {thread.title}
        </a>
        <Text size="xsmall" className="text-ui-fg-subtle truncate">
          {thread.author_name} · {formatCommentDate(thread.created_at)}
        </Text>
      </Table.Cell>
      <Table.Cell>
        <ModerationStatusBadge status={thread.status} />
      </Table.Cell>
      <Table.Cell className="text-right">{thread.reply_count}</Table.Cell>
      <Table.Cell className="whitespace-nowrap">{formatCommentDate(thread.last_post_at)}</Table.Cell>
      <Table.Cell>
        <Switch
          aria-label={`Pin ${thread.title}`}
          checked={thread.pinned}
          disabled={busy}
          onCheckedChange={(pinned) => update.mutate({ id: thread.id, changes: { pinned } })}
        />
      </Table.Cell>
      <Table.Cell>
        <div className="flex items-center gap-x-2">
          <Switch
            aria-label={`Lock ${thread.title}`}
            checked={thread.locked}
            disabled={busy}
            onCheckedChange={(locked) => update.mutate({ id: thread.id, changes: { locked } })}
          />
          {thread.locked && (
            <Badge size="2xsmall" color="grey">
              No replies
            </Badge>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>
        <Select value="" disabled={busy || targets.length === 0} onValueChange={(forum_id) => update.mutate({ id: thread.id, changes: { forum_id } })}>
          <Select.Trigger className="w-44" aria-label={`Move ${thread.title} to another forum`}>
            <Select.Value placeholder="Another forum…" />
          </Select.Trigger>
          <Select.Content>
            {targets.map((forum) => (
              <Select.Item key={forum.id} value={forum.id}>
                {forum.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Table.Cell>
      <Table.Cell className="text-right">
        <Button size="small" variant="secondary" onClick={onDelete}>
          Delete
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}
