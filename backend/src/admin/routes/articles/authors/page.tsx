import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Avatar, Input, Table, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { CreateFormCard, DirectoryLayout, DirectoryList } from "../../../components/directory"
import { FormField } from "../../../components/form-field"
import { NameHandleFields, useNameAndHandle } from "../../../components/name-handle-fields"
import { errorMessage, newsApi, newsKeys } from "../../../lib/news"

function initials(name: string) {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]!.toUpperCase())
      .join("") || "?"
  )
}

/** /app/articles/authors: the newsroom's bylines, and a small form to add one. */
const AuthorsPage = () => {
  const queryClient = useQueryClient()
  const { data, isLoading, isError, error } = useQuery({ queryKey: newsKeys.authors, queryFn: newsApi.listAuthors })

  const nameAndHandle = useNameAndHandle(120)
  const [bio, setBio] = useState("")
  const [avatarUrl, setAvatarUrl] = useState("")

  const create = useMutation({
    mutationFn: newsApi.createAuthor,
    onSuccess: ({ author }) => {
      toast.success(`Author “${author.name}” created`)
      queryClient.invalidateQueries({ queryKey: newsKeys.authors })
      nameAndHandle.reset()
      setBio("")
      setAvatarUrl("")
    },
    onError: (err) => toast.error(errorMessage(err)),
  })

  const submit = () => {
    const problem = nameAndHandle.problem()
    if (problem) return toast.error(problem)
    create.mutate({ ...nameAndHandle.values(), bio: bio.trim() || null, avatar_url: avatarUrl.trim() || null })
  }

  const authors = data?.authors ?? []

  return (
    <DirectoryLayout>
      <DirectoryList
        title="Authors"
        description="The bylines articles can be credited to."
        noun="authors"
        isLoading={isLoading}
        isError={isError}
        error={error}
        isEmpty={authors.length === 0}
      >
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Handle</Table.HeaderCell>
              <Table.HeaderCell>Bio</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {authors.map((author) => (
              <Table.Row key={author.id}>
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    <Avatar size="xsmall" src={author.avatar_url ?? undefined} fallback={initials(author.name)} />
                    <span className="font-medium">{author.name}</span>
                  </div>
                </Table.Cell>
                <Table.Cell className="font-mono text-xs">{author.handle}</Table.Cell>
                <Table.Cell className="max-w-[480px] truncate" title={author.bio ?? undefined}>
                  {author.bio || "–"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </DirectoryList>

      <CreateFormCard title="New author" submitLabel="Create author" isSubmitting={create.isPending} onSubmit={submit}>
        <NameHandleFields idPrefix="author" fields={nameAndHandle} />
        <FormField label="Bio" htmlFor="author-bio" optional>
          <Textarea id="author-bio" rows={3} maxLength={2000} value={bio} onChange={(e) => setBio(e.target.value)} />
        </FormField>
        <FormField label="Avatar URL" htmlFor="author-avatar" optional>
          <Input
            id="author-avatar"
            type="url"
            placeholder="https://…"
            value={avatarUrl}
            onChange={(e) => setAvatarUrl(e.target.value)}
          />
        </FormField>
      </CreateFormCard>
    </DirectoryLayout>
  )
}

export const config = defineRouteConfig({ label: "Authors" })

export const handle = { breadcrumb: () => "Authors" }

export default AuthorsPage
