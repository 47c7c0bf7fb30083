import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Avatar, Button, Container, Heading, Input, Label, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { errorMessage, newsApi, newsKeys, slugify } from "../../../lib/news"

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

  const [name, setName] = useState("")
  const [handle, setHandle] = useState("")
  const [handleTouched, setHandleTouched] = useState(false)
  const [bio, setBio] = useState("")
  const [avatarUrl, setAvatarUrl] = useState("")

  const create = useMutation({
    mutationFn: newsApi.createAuthor,
    onSuccess: ({ author }) => {
      toast.success(`Author “${author.name}” created`)
      queryClient.invalidateQueries({ queryKey: newsKeys.authors })
      setName("")
      setHandle("")
      setHandleTouched(false)
      setBio("")
      setAvatarUrl("")
    },
    onError: (err) => toast.error(errorMessage(err)),
  })

  const submit = () => {
    if (!name.trim()) return toast.error("name is required")
    if (!handle) return toast.error("handle is required")
    create.mutate({ name: name.trim(), handle, bio: bio.trim() || null, avatar_url: avatarUrl.trim() || null })
  }

  const authors = data?.authors ?? []

  return (
    <div className="flex flex-col gap-3 xl:flex-row xl:items-start">
      <Container className="divide-y p-0 xl:flex-1">
        <div className="px-6 py-4">
          <Heading level="h1">Authors</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The bylines articles can be credited to.
          </Text>
        </div>
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
        {(isLoading || isError || authors.length === 0) && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {isLoading ? "Loading authors…" : isError ? `Could not load authors: ${errorMessage(error)}` : "No authors yet."}
          </Text>
        )}
      </Container>

      <Container className="divide-y p-0 xl:w-[360px] xl:shrink-0">
        <div className="px-6 py-4">
          <Heading level="h2">New author</Heading>
        </div>
        <form
          className="flex flex-col gap-y-3 px-6 py-4"
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
        >
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="author-name" size="small" weight="plus">
              Name
            </Label>
            <Input
              id="author-name"
              value={name}
              maxLength={120}
              onChange={(e) => {
                setName(e.target.value)
                if (!handleTouched) setHandle(slugify(e.target.value, 120))
              }}
            />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="author-handle" size="small" weight="plus">
              Handle
            </Label>
            <Input
              id="author-handle"
              value={handle}
              maxLength={120}
              onChange={(e) => {
                setHandle(e.target.value)
                setHandleTouched(e.target.value !== "")
              }}
              onBlur={() => setHandle(slugify(handle, 120) || (handleTouched ? "" : slugify(name, 120)))}
            />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="author-bio" size="small" weight="plus">
              Bio <span className="text-ui-fg-muted font-normal">(optional)</span>
            </Label>
            <Textarea id="author-bio" rows={3} maxLength={2000} value={bio} onChange={(e) => setBio(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="author-avatar" size="small" weight="plus">
              Avatar URL <span className="text-ui-fg-muted font-normal">(optional)</span>
            </Label>
            <Input
              id="author-avatar"
              type="url"
              placeholder="https://…"
              value={avatarUrl}
              onChange={(e) => setAvatarUrl(e.target.value)}
            />
          </div>
          <div className="flex justify-end">
            <Button type="submit" size="small" isLoading={create.isPending}>
              Create author
            </Button>
          </div>
        </form>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Authors" })

export const handle = { breadcrumb: () => "Authors" }

export default AuthorsPage
