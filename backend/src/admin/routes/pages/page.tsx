import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Switch, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { FormField } from "../../components/form-field"
import { MarkdownPreview } from "../../components/markdown-preview"
import { errorMessage, formatDateTime } from "../../lib/news"
import { sdk } from "../../lib/sdk"
import { useUpdateSearchParams } from "../../lib/use-update-search-params"

type StorePage = { id: string; handle: string; title: string; summary: string; body: string; published: boolean; updated_at: string }
type Draft = Omit<StorePage, "id" | "updated_at">

const EMPTY: Draft = { handle: "", title: "", summary: "", body: "", published: false }

/** Edits one page (or a new one): Markdown beside the preview the storefront will show. */
const PageEditor = ({ page, onDone }: { page: StorePage | null; onDone: (id?: string) => void }) => {
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState<Draft>(page ? { handle: page.handle, title: page.title, summary: page.summary, body: page.body, published: page.published } : EMPTY)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }))
  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ page: StorePage }>(page ? `/admin/pages/${page.id}` : "/admin/pages", { method: "POST", body: draft }),
    onSuccess: ({ page: saved }) => {
      toast.success("Page saved; the storefront shows it at once")
      queryClient.invalidateQueries({ queryKey: ["pages"] })
      onDone(saved.id)
    },
    onError: (error) => toast.error(errorMessage(error)),
  })
  return (
    <div className="flex flex-col gap-4 px-6 py-4" data-testid="page-editor">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <FormField label="Title" htmlFor="page-title">
          <Input id="page-title" value={draft.title} onChange={(e) => set("title", e.target.value)} />
        </FormField>
        <FormField label="Handle" htmlFor="page-handle" hint={`At /${draft.handle || "handle"} on the storefront; a new handle needs its route there (see docs/pages.md).`}>
          <Input id="page-handle" value={draft.handle} onChange={(e) => set("handle", e.target.value)} />
        </FormField>
        <FormField label="Summary" htmlFor="page-summary" className="md:col-span-2" hint="Under the title, and in link previews">
          <Textarea id="page-summary" rows={2} maxLength={500} value={draft.summary} onChange={(e) => set("summary", e.target.value)} />
        </FormField>
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <FormField label="Markdown" htmlFor="page-body" hint="Headings become anchors: “## Returns” is /help#returns">
          <Textarea id="page-body" className="h-[480px] resize-y font-mono text-xs" value={draft.body} onChange={(e) => set("body", e.target.value)} />
        </FormField>
        <div className="rounded-md border p-4">
          <MarkdownPreview markdown={draft.body} />
        </div>
      </div>
      <div className="flex items-center gap-4">
        <div className="flex items-center gap-2">
          <Switch id="page-published" checked={draft.published} onCheckedChange={(checked) => set("published", checked)} />
          <label htmlFor="page-published" className="txt-compact-small">
            Published
          </label>
        </div>
        <Button size="small" isLoading={save.isPending} onClick={() => save.mutate()}>
          Save
        </Button>
        <Button size="small" variant="transparent" onClick={() => onDone()}>
          Close
        </Button>
      </div>
    </div>
  )
}

/** The store's own pages: Our Story, Help, Guarantee, Terms, Privacy and any staff add. */
const PagesPage = () => {
  const [searchParams, updateParams] = useUpdateSearchParams()
  const openId = searchParams.get("id")
  const { data, isError } = useQuery({
    queryKey: ["pages"],
    queryFn: () => sdk.client.fetch<{ pages: StorePage[] }>("/admin/pages", { query: { limit: 100 } }),
  })
  const opened = openId === "new" ? null : data?.pages.find((page) => page.id === openId)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Pages</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The store's own pages, written in Markdown. Only published pages are shown on the storefront.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => updateParams({ id: "new" })}>
          New page
        </Button>
      </div>
      {(openId === "new" || opened) && (
        <PageEditor key={openId} page={opened ?? null} onDone={(id) => updateParams({ id: id && id !== openId ? id : undefined })} />
      )}
      {isError ? (
        <Text className="px-6 py-4 text-ui-fg-error">The pages could not be loaded.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>Address</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Edited</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.pages ?? []).map((page) => (
              <Table.Row key={page.id} className="cursor-pointer" onClick={() => updateParams({ id: page.id })}>
                <Table.Cell>{page.title}</Table.Cell>
                <Table.Cell>/{page.handle}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={page.published ? "green" : "grey"}>
                    {page.published ? "published" : "draft"}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{formatDateTime(page.updated_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Pages",
  icon: BookOpen,
})

export default PagesPage
