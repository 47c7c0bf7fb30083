import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubble } from "@medusajs/icons"
import { Container, Textarea, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { CreateFormCard, DirectoryLayout, DirectoryList } from "../../components/directory"
import { FormField } from "../../components/form-field"
import { forumKeys, forumsApi } from "../../components/forums/api"
import { ForumBans } from "../../components/forums/forum-bans"
import { ForumList } from "../../components/forums/forum-list"
import { ForumThreads } from "../../components/forums/forum-threads"
import { useCreateForum } from "../../components/forums/use-forum-mutations"
import { NameHandleFields, useNameAndHandle } from "../../components/name-handle-fields"
import { useUpdateSearchParams } from "../../lib/use-update-search-params"

/**
 * /app/forums: the forum index (order, counts, rename, archive), a form to add a forum, the chosen
 * forum's threads (pin, lock, move, delete) and the banned customers. Posts are moderated under
 * Comments → Forum posts.
 */
const ForumsPage = () => {
  const [searchParams, updateParams] = useUpdateSearchParams()
  const { data, isLoading, isError, error } = useQuery({ queryKey: forumKeys.forums, queryFn: forumsApi.listForums })
  const forums = data?.forums ?? []
  const selected = forums.find((forum) => forum.id === searchParams.get("forum")) ?? forums[0]

  const nameAndHandle = useNameAndHandle(80)
  const [description, setDescription] = useState("")
  const create = useCreateForum()
  const submit = () => {
    const problem = nameAndHandle.problem()
    if (problem) return toast.error(problem)
    create.mutate(
      { ...nameAndHandle.values(), description: description.trim() },
      {
        onSuccess: () => {
          nameAndHandle.reset()
          setDescription("")
        },
      }
    )
  }

  return (
    <div className="flex flex-col gap-3">
      <DirectoryLayout>
        <DirectoryList
          title="Forums"
          description="One forum per health topic, in this order on the storefront. Archived forums leave the index; their threads stay readable."
          noun="forums"
          isLoading={isLoading}
          isError={isError}
          error={error}
          isEmpty={forums.length === 0}
        >
          <ForumList forums={forums} selectedId={selected?.id} onSelect={(id) => updateParams({ forum: id })} />
        </DirectoryList>

        <CreateFormCard title="New forum" submitLabel="Create forum" isSubmitting={create.isPending} onSubmit={submit}>
          <NameHandleFields idPrefix="forum" fields={nameAndHandle} />
          <FormField label="Description" htmlFor="forum-description" optional>
            <Textarea id="forum-description" rows={3} maxLength={500} value={description} onChange={(e) => setDescription(e.target.value)} />
          </FormField>
        </CreateFormCard>
      </DirectoryLayout>

      {selected && (
        <Container className="divide-y p-0">
          {/* Keyed by forum: another forum starts on its first page with no search. */}
          <ForumThreads key={selected.id} forum={selected} forums={forums} />
        </Container>
      )}

      <Container className="divide-y p-0">
        <ForumBans />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Forums",
  icon: ChatBubble,
})

export const handle = { breadcrumb: () => "Forums" }

export default ForumsPage
