import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Table, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { CreateFormCard, DirectoryLayout, DirectoryList } from "../../../components/directory"
import { FormField } from "../../../components/form-field"
import { NameHandleFields, useNameAndHandle } from "../../../components/name-handle-fields"
import { errorMessage, newsApi, newsKeys } from "../../../lib/news"

/** /app/articles/topics: the newsroom's topics, and a small form to add one. */
const TopicsPage = () => {
  const queryClient = useQueryClient()
  const { data, isLoading, isError, error } = useQuery({ queryKey: newsKeys.topics, queryFn: newsApi.listTopics })

  const nameAndHandle = useNameAndHandle(120)
  const [description, setDescription] = useState("")

  const create = useMutation({
    mutationFn: newsApi.createTopic,
    onSuccess: ({ topic }) => {
      toast.success(`Topic “${topic.name}” created`)
      queryClient.invalidateQueries({ queryKey: newsKeys.topics })
      nameAndHandle.reset()
      setDescription("")
    },
    onError: (err) => toast.error(errorMessage(err)),
  })

  const submit = () => {
    const problem = nameAndHandle.problem()
    if (problem) return toast.error(problem)
    create.mutate({ ...nameAndHandle.values(), description: description.trim() || null })
  }

  const topics = data?.topics ?? []

  return (
    <DirectoryLayout>
      <DirectoryList
        title="Topics"
        description="Every article belongs to one topic; topics group the newsroom on the storefront."
        noun="topics"
        isLoading={isLoading}
        isError={isError}
        error={error}
        isEmpty={topics.length === 0}
      >
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
      </DirectoryList>

      <CreateFormCard title="New topic" submitLabel="Create topic" isSubmitting={create.isPending} onSubmit={submit}>
        <NameHandleFields idPrefix="topic" fields={nameAndHandle} />
        <FormField label="Description" htmlFor="topic-description" optional>
          <Textarea
            id="topic-description"
            rows={3}
            maxLength={1000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </FormField>
      </CreateFormCard>
    </DirectoryLayout>
  )
}

export const config = defineRouteConfig({ label: "Topics" })

export const handle = { breadcrumb: () => "Topics" }

export default TopicsPage
