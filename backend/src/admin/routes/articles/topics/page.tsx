import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Label, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { errorMessage, newsApi, newsKeys, slugify } from "../../../lib/news"

/** /app/articles/topics: the newsroom's topics, and a small form to add one. */
const TopicsPage = () => {
  const queryClient = useQueryClient()
  const { data, isLoading, isError, error } = useQuery({ queryKey: newsKeys.topics, queryFn: newsApi.listTopics })

  const [name, setName] = useState("")
  const [handle, setHandle] = useState("")
  const [handleTouched, setHandleTouched] = useState(false)
  const [description, setDescription] = useState("")

  const create = useMutation({
    mutationFn: newsApi.createTopic,
    onSuccess: ({ topic }) => {
      toast.success(`Topic “${topic.name}” created`)
      queryClient.invalidateQueries({ queryKey: newsKeys.topics })
      setName("")
      setHandle("")
      setHandleTouched(false)
      setDescription("")
    },
    onError: (err) => toast.error(errorMessage(err)),
  })

  const submit = () => {
    if (!name.trim()) return toast.error("name is required")
    if (!handle) return toast.error("handle is required")
    create.mutate({ name: name.trim(), handle, description: description.trim() || null })
  }

  const topics = data?.topics ?? []

  return (
    <div className="flex flex-col gap-3 xl:flex-row xl:items-start">
      <Container className="divide-y p-0 xl:flex-1">
        <div className="px-6 py-4">
          <Heading level="h1">Topics</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Every article belongs to one topic; topics group the newsroom on the storefront.
          </Text>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Handle</Table.HeaderCell>
              <Table.HeaderCell>Description</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {topics.map((topic) => (
              <Table.Row key={topic.id}>
                <Table.Cell className="font-medium">{topic.name}</Table.Cell>
                <Table.Cell className="font-mono text-xs">{topic.handle}</Table.Cell>
                <Table.Cell className="max-w-[480px] truncate" title={topic.description ?? undefined}>
                  {topic.description || "–"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {(isLoading || isError || topics.length === 0) && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {isLoading ? "Loading topics…" : isError ? `Could not load topics: ${errorMessage(error)}` : "No topics yet."}
          </Text>
        )}
      </Container>

      <Container className="divide-y p-0 xl:w-[360px] xl:shrink-0">
        <div className="px-6 py-4">
          <Heading level="h2">New topic</Heading>
        </div>
        <form
          className="flex flex-col gap-y-3 px-6 py-4"
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
        >
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="topic-name" size="small" weight="plus">
              Name
            </Label>
            <Input
              id="topic-name"
              value={name}
              maxLength={120}
              onChange={(e) => {
                setName(e.target.value)
                if (!handleTouched) setHandle(slugify(e.target.value, 120))
              }}
            />
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="topic-handle" size="small" weight="plus">
              Handle
            </Label>
            <Input
              id="topic-handle"
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
            <Label htmlFor="topic-description" size="small" weight="plus">
              Description <span className="text-ui-fg-muted font-normal">(optional)</span>
            </Label>
            <Textarea
              id="topic-description"
              rows={3}
              maxLength={1000}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          <div className="flex justify-end">
            <Button type="submit" size="small" isLoading={create.isPending}>
              Create topic
            </Button>
          </div>
        </form>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Topics" })

export const handle = { breadcrumb: () => "Topics" }

export default TopicsPage
