import { Button, Drawer, Heading, Input, Textarea } from "@medusajs/ui"
import type { AdminForum } from "@supplement-store/contract"
import { useState } from "react"
import { FormField } from "../form-field"
import { useUpdateForum } from "./use-forum-mutations"

type Props = { forum: AdminForum | null; onOpenChange: (open: boolean) => void }

/** Renames and describes a forum (its handle is its address: changing it breaks old links). */
export const ForumEditDrawer = ({ forum, onOpenChange }: Props) => (
  <Drawer open={!!forum} onOpenChange={onOpenChange}>
    <Drawer.Content aria-describedby={undefined}>
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading level="h2">Edit forum</Heading>
        </Drawer.Title>
      </Drawer.Header>
      {/* Keyed by forum: another forum starts a fresh form. */}
      {forum && <ForumEditForm key={forum.id} forum={forum} onDone={() => onOpenChange(false)} />}
    </Drawer.Content>
  </Drawer>
)

const ForumEditForm = ({ forum, onDone }: { forum: AdminForum; onDone: () => void }) => {
  const update = useUpdateForum()
  const [name, setName] = useState(forum.name)
  const [handle, setHandle] = useState(forum.handle)
  const [description, setDescription] = useState(forum.description)
  const [topic, setTopic] = useState(forum.topic_handle ?? "")
  return (
    <form
      className="flex flex-1 flex-col"
      onSubmit={(e) => {
        e.preventDefault()
        update.mutate(
          { id: forum.id, changes: { name: name.trim(), handle, description: description.trim(), topic_handle: topic.trim() || null } },
          { onSuccess: onDone }
        )
      }}
    >
      <Drawer.Body className="flex flex-col gap-y-3">
        <FormField label="Name" htmlFor="forum-edit-name">
          <Input id="forum-edit-name" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </FormField>
        <FormField label="Handle" htmlFor="forum-edit-handle" hint="The forum's address: changing it breaks links to the old one.">
          <Input id="forum-edit-handle" value={handle} maxLength={80} onChange={(e) => setHandle(e.target.value)} />
        </FormField>
        <FormField label="Description" htmlFor="forum-edit-description" optional>
          <Textarea id="forum-edit-description" rows={3} maxLength={500} value={description} onChange={(e) => setDescription(e.target.value)} />
        </FormField>
        <FormField label="News topic" htmlFor="forum-edit-topic" optional hint="The handle of the news topic this forum discusses; its articles link here.">
          <Input id="forum-edit-topic" value={topic} maxLength={100} onChange={(e) => setTopic(e.target.value)} />
        </FormField>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={update.isPending}>
          Save
        </Button>
      </Drawer.Footer>
    </form>
  )
}
