import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import {
  CONTACT_DETAIL_FIELDS,
  CONTACT_MESSAGE_STATUSES,
  CONTACT_TOPICS,
  contactTopicTitle,
  type ContactMessage,
  type ContactMessageStatus,
} from "@supplement-store/contract"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { FilterSelect, ANY } from "../../components/filter-select"
import { Pager } from "../../components/pager"
import { errorMessage, formatDateTime } from "../../lib/news"
import { sdk } from "../../lib/sdk"
import { useUpdateSearchParams } from "../../lib/use-update-search-params"

const PAGE_SIZE = 20
const STATUS_COLORS = { new: "orange", answered: "green" } as const

type MessageList = { contact_messages: ContactMessage[]; count: number }

/** One message, opened: who wrote, the partner fields, the text (as plain text), and its status. */
const MessageDetail = ({ message, onClose }: { message: ContactMessage; onClose: () => void }) => {
  const queryClient = useQueryClient()
  const setStatus = useMutation({
    mutationFn: (status: ContactMessageStatus) =>
      sdk.client.fetch(`/admin/contact-messages/${message.id}`, { method: "POST", body: { status } }),
    onSuccess: () => {
      toast.success("Message updated")
      queryClient.invalidateQueries({ queryKey: ["contact-messages"] })
    },
    onError: (error) => toast.error(errorMessage(error)),
  })
  const details = CONTACT_DETAIL_FIELDS[message.topic] ?? []
  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid="contact-message-detail">
      <div className="flex items-center justify-between gap-2">
        <Heading level="h2">
          {contactTopicTitle(message.topic)} from {message.name}
        </Heading>
        <Button size="small" variant="transparent" onClick={onClose}>
          Close
        </Button>
      </div>
      <Text size="small">
        <a className="text-ui-fg-interactive hover:underline" href={`mailto:${message.email}`}>
          {message.email}
        </a>{" "}
        · {formatDateTime(message.created_at)}
      </Text>
      {details.map((field) => (
        <Text key={field.name} size="small">
          <span className="text-ui-fg-subtle">{field.label}:</span> {message.details?.[field.name] ?? "—"}
        </Text>
      ))}
      <Text className="whitespace-pre-wrap">{message.message}</Text>
      <div>
        {message.status === "new" ? (
          <Button size="small" isLoading={setStatus.isPending} onClick={() => setStatus.mutate("answered")}>
            Mark answered
          </Button>
        ) : (
          <Button size="small" variant="secondary" isLoading={setStatus.isPending} onClick={() => setStatus.mutate("new")}>
            Mark as new
          </Button>
        )}
      </div>
    </div>
  )
}

/** The contact forms' inbox: newest first, filtered by status and topic; a message opens under the list. */
const ContactMessagesPage = () => {
  const [searchParams, updateParams] = useUpdateSearchParams()
  const filters = { status: searchParams.get("status") || undefined, topic: searchParams.get("topic") || undefined }
  const openId = searchParams.get("id")
  const page = Math.max(0, Math.floor(Number(searchParams.get("page") ?? 0)) || 0)
  const { data, isLoading, isError } = useQuery({
    queryKey: ["contact-messages", filters, page],
    queryFn: () =>
      sdk.client.fetch<MessageList>("/admin/contact-messages", { query: { ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  })
  const opened = useQuery({
    queryKey: ["contact-messages", "one", openId],
    queryFn: () => sdk.client.fetch<{ contact_message: ContactMessage }>(`/admin/contact-messages/${openId}`),
    enabled: !!openId,
  })
  const setFilter = (name: string, value: string) => updateParams({ [name]: value === ANY ? undefined : value, page: undefined })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Contact inbox</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Messages from the contact and partner forms. Answer by email, then mark the message answered.
        </Text>
      </div>
      <div className="flex flex-wrap gap-3 px-6 py-4">
        <FilterSelect
          label="Status"
          anyLabel="Any status"
          value={filters.status}
          options={CONTACT_MESSAGE_STATUSES.map((status) => ({ value: status, label: status }))}
          onChange={(value) => setFilter("status", value)}
        />
        <FilterSelect
          label="Topic"
          anyLabel="Any topic"
          value={filters.topic}
          options={CONTACT_TOPICS.map((topic) => ({ value: topic.handle, label: topic.title }))}
          onChange={(value) => setFilter("topic", value)}
        />
      </div>
      {opened.data && <MessageDetail message={opened.data.contact_message} onClose={() => updateParams({ id: undefined })} />}
      {isError ? (
        <Text className="px-6 py-4 text-ui-fg-error">The messages could not be loaded.</Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>From</Table.HeaderCell>
                <Table.HeaderCell>Topic</Table.HeaderCell>
                <Table.HeaderCell>Message</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Received</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.contact_messages ?? []).map((message) => (
                <Table.Row key={message.id} className="cursor-pointer" onClick={() => updateParams({ id: message.id })}>
                  <Table.Cell>
                    {message.name} · {message.email}
                  </Table.Cell>
                  <Table.Cell>{contactTopicTitle(message.topic)}</Table.Cell>
                  <Table.Cell className="max-w-xs truncate">{message.message}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={STATUS_COLORS[message.status]}>
                      {message.status}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>{formatDateTime(message.created_at)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isLoading && data?.count === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">No messages match.</Text>}
          <Pager count={data?.count ?? 0} pageSize={PAGE_SIZE} page={page} onPageChange={(next) => updateParams({ page: next ? String(next) : undefined })} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Contact inbox",
  icon: ChatBubbleLeftRight,
})

export default ContactMessagesPage
