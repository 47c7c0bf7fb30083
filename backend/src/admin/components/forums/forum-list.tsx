import { Badge, Button, Table, Text } from "@medusajs/ui"
import type { AdminForum } from "@supplement-store/contract"
import { useState } from "react"
import { formatCommentDate } from "../comments/api"
import { ReorderButtons } from "../reorder-buttons"
import { ForumEditDrawer } from "./forum-edit-drawer"
import { useReorderForums, useUpdateForum } from "./use-forum-mutations"

type Props = {
  forums: AdminForum[]
  selectedId: string | undefined
  onSelect: (id: string) => void
}

/** Every forum in the index's order, with counts: pick one to see its threads, move it, edit, archive or restore it. */
export const ForumList = ({ forums, selectedId, onSelect }: Props) => {
  const reorder = useReorderForums()
  const update = useUpdateForum()
  const [editing, setEditing] = useState<AdminForum | null>(null)

  const move = (index: number, by: -1 | 1) => {
    const ids = forums.map((forum) => forum.id)
    ;[ids[index], ids[index + by]] = [ids[index + by], ids[index]]
    reorder.mutate(ids)
  }

  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="w-20">Order</Table.HeaderCell>
            <Table.HeaderCell>Forum</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Threads</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Posts</Table.HeaderCell>
            <Table.HeaderCell>Latest post</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Actions</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {forums.map((forum, index) => (
            <Table.Row
              key={forum.id}
              className={`cursor-pointer [&_td]:h-auto [&_td]:py-2 ${forum.id === selectedId ? "bg-ui-bg-highlight hover:bg-ui-bg-highlight-hover" : ""}`}
              onClick={() => onSelect(forum.id)}
            >
              <Table.Cell onClick={(e) => e.stopPropagation()}>
                <div className="flex gap-x-1">
                  <ReorderButtons label={forum.name} index={index} count={forums.length} disabled={reorder.isPending} onMove={move} />
                </div>
              </Table.Cell>
              <Table.Cell className="max-w-[320px]">
                <div className="flex items-center gap-x-2">
                  <Text size="small" weight="plus" className="truncate">
                    {forum.name}
                  </Text>
                  {forum.archived_at && (
                    <Badge size="2xsmall" color="grey">
                      Archived
                    </Badge>
                  )}
                </div>
                <Text size="xsmall" className="text-ui-fg-subtle truncate font-mono">
                  {forum.handle}
                  {forum.topic_handle ? ` · topic ${forum.topic_handle}` : ""}
                </Text>
              </Table.Cell>
              <Table.Cell className="text-right">{forum.thread_count}</Table.Cell>
              <Table.Cell className="text-right">{forum.post_count}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">{formatCommentDate(forum.last_post_at)}</Table.Cell>
              <Table.Cell onClick={(e) => e.stopPropagation()}>
                <div className="flex justify-end gap-x-1.5">
                  <Button size="small" variant="secondary" onClick={() => setEditing(forum)}>
                    Edit
                  </Button>
                  <Button
                    size="small"
                    variant="secondary"
                    isLoading={update.isPending && update.variables?.id === forum.id}
                    title={forum.archived_at ? "Show it in the forum index again" : "Hide it from the forum index; its threads stay readable"}
                    onClick={() => update.mutate({ id: forum.id, changes: { archived: !forum.archived_at } })}
                  >
                    {forum.archived_at ? "Restore" : "Archive"}
                  </Button>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <ForumEditDrawer forum={editing} onOpenChange={(open) => !open && setEditing(null)} />
    </>
  )
}
