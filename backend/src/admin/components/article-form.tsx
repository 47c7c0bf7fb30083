import { Button, Container, Heading, Input, Select, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  errorMessage,
  formatDateTime,
  newsApi,
  newsKeys,
  toDateTimeLocal,
  type Article,
  type ArticlePayload,
  type ArticleStatus,
  type FeaturedProduct,
} from "../lib/news"
import { ArticleStatusBadge } from "./article-status-badge"
import { CitationsEditor, newCitationRow, type CitationRow } from "./citations-editor"
import { FeaturedProductsPicker } from "./featured-products-picker"
import { FormField } from "./form-field"
import { MarkdownPreview } from "./markdown-preview"
import { handleForName, settledHandle } from "./name-handle-fields"
import { SuggestedProducts } from "./suggested-products"

type FormState = {
  title: string
  handle: string
  /** Once staff edit the handle it stops following the title (always true for saved articles). */
  handleTouched: boolean
  summary: string
  topic_id: string
  author_id: string
  hero_image: string
  body: string
  source_text: string
  source_url: string
  citations: CitationRow[]
  featured_products: FeaturedProduct[]
}

function stateFromArticle(article?: Article): FormState {
  return {
    title: article?.title ?? "",
    handle: article?.handle ?? "",
    handleTouched: !!article,
    summary: article?.summary ?? "",
    topic_id: article?.topic?.id ?? "",
    author_id: article?.author?.id ?? "",
    hero_image: article?.hero_image ?? "",
    body: article?.body ?? "",
    source_text: article?.source_text ?? "",
    source_url: article?.source_url ?? "",
    citations: (article?.citations ?? []).map((c) =>
      newCitationRow({ text: c.text ?? "", doi: c.doi ?? "", url: c.url ?? "" })
    ),
    featured_products: article?.featured_products ?? [],
  }
}

/** The editable fields as the API expects them (empty optional text becomes null). */
function payloadFromState(state: FormState): ArticlePayload {
  const orNull = (value: string) => value.trim() || null
  const citations = state.citations
    .filter((row) => row.text.trim() || row.doi.trim() || row.url.trim())
    .map((row) => ({ text: row.text.trim(), doi: orNull(row.doi), url: orNull(row.url) }))
  return {
    title: state.title.trim(),
    handle: state.handle.trim(),
    summary: state.summary.trim(),
    body: state.body,
    topic_id: state.topic_id || undefined,
    author_id: state.author_id || undefined,
    hero_image: orNull(state.hero_image),
    source_text: orNull(state.source_text),
    source_url: orNull(state.source_url),
    citations: citations.length ? citations : null,
    featured_product_ids: state.featured_products.map((p) => p.id),
  }
}

/** Catches what the API would refuse anyway, with the same wording, before a round trip. */
function validate(payload: ArticlePayload): string | null {
  if (!payload.title) return "title is required"
  if (!payload.handle) return "handle is required"
  if (!payload.topic_id) return "topic_id is required"
  if (!payload.author_id) return "author_id is required"
  if (payload.citations?.some((c) => !c.text)) return "a citation needs its text"
  return null
}

type Action = "save" | "publish" | "schedule" | "unpublish"

const SUCCESS: Record<Action, string> = {
  save: "Article saved",
  publish: "Article published",
  schedule: "Article scheduled",
  unpublish: "Article moved back to drafts",
}

/** A required choice among the newsroom's topics or authors. */
const OptionSelect = ({
  label,
  value,
  onChange,
  options,
  loading,
  placeholder,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  options: { id: string; name: string }[]
  loading: boolean
  placeholder: string
}) => (
  <FormField label={label}>
    <Select value={value} onValueChange={onChange} disabled={loading}>
      <Select.Trigger aria-label={label}>
        <Select.Value placeholder={loading ? "Loading…" : placeholder} />
      </Select.Trigger>
      <Select.Content>
        {options.map((option) => (
          <Select.Item key={option.id} value={option.id}>
            {option.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </FormField>
)

type ArticleFormProps = {
  /** The article to edit; without it the form creates a new one. */
  article?: Article
}

/** The article editor, shared by the create and edit pages. */
export const ArticleForm = ({ article }: ArticleFormProps) => {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const isNew = !article

  const [state, setState] = useState<FormState>(() => stateFromArticle(article))
  const [saved, setSaved] = useState<FormState>(() => stateFromArticle(article))
  const [scheduleAt, setScheduleAt] = useState(() =>
    article?.status === "scheduled" ? toDateTimeLocal(article.published_at) : ""
  )

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((prev) => ({ ...prev, [key]: value }))

  const payload = useMemo(() => payloadFromState(state), [state])
  const dirty = useMemo(
    () => isNew || JSON.stringify(payload) !== JSON.stringify(payloadFromState(saved)),
    [isNew, payload, saved]
  )

  const { data: topicData, isLoading: topicsLoading } = useQuery({
    queryKey: newsKeys.topics,
    queryFn: newsApi.listTopics,
  })
  const { data: authorData, isLoading: authorsLoading } = useQuery({
    queryKey: newsKeys.authors,
    queryFn: newsApi.listAuthors,
  })

  const mutation = useMutation({
    mutationFn: async ({ body }: { action: Action; body: ArticlePayload }) =>
      article ? newsApi.updateArticle(article.id, body) : newsApi.createArticle(body),
    onSuccess: ({ article: result }, { action }) => {
      toast.success(SUCCESS[action], {
        description:
          result.status === "scheduled"
            ? `Goes live ${formatDateTime(result.published_at)}`
            : result.status === "published"
              ? `Live since ${formatDateTime(result.published_at)}`
              : undefined,
      })
      queryClient.invalidateQueries({ queryKey: newsKeys.articles })
      if (isNew) {
        // The create response is the bare article (no topic/author/featured products): let the editor load it.
        navigate(`/articles/${result.id}`, { replace: true })
        return
      }
      queryClient.setQueryData(newsKeys.article(result.id), { article: result })
      const next = stateFromArticle(result)
      setState(next)
      setSaved(next)
      setScheduleAt(result.status === "scheduled" ? toDateTimeLocal(result.published_at) : "")
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  const deletion = useMutation({
    mutationFn: (id: string) => newsApi.deleteArticle(id),
    onSuccess: (_data, id) => {
      toast.success("Article deleted")
      queryClient.removeQueries({ queryKey: newsKeys.article(id) })
      queryClient.invalidateQueries({ queryKey: newsKeys.articles })
      navigate("/articles", { replace: true })
    },
    onError: (error) => toast.error(errorMessage(error)),
  })

  const busy = mutation.isPending || deletion.isPending
  const pendingAction = mutation.isPending ? mutation.variables?.action : undefined

  const submit = (action: Action) => {
    const problem = validate(payload)
    if (problem) {
      toast.error(problem)
      return
    }
    let status: ArticleStatus | undefined
    let published_at: string | undefined
    if (action === "save") {
      status = isNew ? "draft" : undefined // saving keeps an existing article's status
    } else if (action === "publish") {
      status = "published"
    } else if (action === "unpublish") {
      status = "draft"
    } else {
      const when = scheduleAt ? new Date(scheduleAt) : null
      if (!when || Number.isNaN(when.getTime())) {
        toast.error("Pick the date and time the article should go live")
        return
      }
      if (when.getTime() <= Date.now()) {
        toast.error("a scheduled article needs published_at in the future")
        return
      }
      status = "scheduled"
      published_at = when.toISOString()
    }
    const body: ArticlePayload = { ...payload }
    if (status) body.status = status
    if (published_at) body.published_at = published_at
    mutation.mutate({ action, body })
  }

  const confirmDelete = async () => {
    if (!article) return
    const confirmed = await prompt({
      title: "Delete article?",
      description: `“${article.title}” will be removed from the newsroom${
        article.status === "published" ? " and the storefront" : ""
      }. This cannot be undone here.`,
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (confirmed) deletion.mutate(article.id)
  }

  const confirmUnpublish = async () => {
    if (!article) return
    const confirmed = await prompt({
      title: article.status === "scheduled" ? "Cancel the schedule?" : "Unpublish article?",
      description:
        article.status === "scheduled"
          ? "The article goes back to drafts and will not be published automatically."
          : "The article goes back to drafts and disappears from the storefront.",
      confirmText: article.status === "scheduled" ? "Unschedule" : "Unpublish",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (confirmed) submit("unpublish")
  }

  const status = article?.status ?? "draft"
  const topics = topicData?.topics ?? []
  const authors = authorData?.authors ?? []
  // A minute from when the form opened: the earliest time the backend accepts for a schedule.
  const [minSchedule] = useState(() => toDateTimeLocal(new Date(Date.now() + 60_000)))

  return (
    <form
      className="flex flex-col gap-y-3"
      onSubmit={(e) => {
        e.preventDefault()
        submit("save")
      }}
    >
      {/* Header with the main actions */}
      <Container className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <div className="flex min-w-0 flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h1" className="truncate">
              {isNew ? "New article" : state.title || article.title}
            </Heading>
            {!isNew && <ArticleStatusBadge status={status} />}
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {isNew
              ? "Saved as a draft until you publish or schedule it."
              : status === "published"
                ? `Published ${formatDateTime(article.published_at)} · ${article.view_count.toLocaleString()} views`
                : status === "scheduled"
                  ? `Scheduled for ${formatDateTime(article.published_at)}`
                  : `Draft · last edited ${formatDateTime(article.updated_at)}`}
            {!isNew && dirty && <span className="text-ui-fg-interactive"> · unsaved changes</span>}
          </Text>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          {!isNew && (
            <Button type="button" size="small" variant="danger" disabled={busy} isLoading={deletion.isPending} onClick={confirmDelete}>
              Delete
            </Button>
          )}
          {!isNew && status !== "draft" && (
            <Button
              type="button"
              size="small"
              variant="secondary"
              disabled={busy}
              isLoading={pendingAction === "unpublish"}
              onClick={confirmUnpublish}
            >
              {status === "scheduled" ? "Unschedule" : "Unpublish"}
            </Button>
          )}
          <Button type="submit" size="small" variant="secondary" disabled={busy} isLoading={pendingAction === "save"}>
            {status === "draft" ? "Save draft" : "Save changes"}
          </Button>
          {status !== "published" && (
            <Button
              type="button"
              size="small"
              variant="primary"
              disabled={busy}
              isLoading={pendingAction === "publish"}
              onClick={() => submit("publish")}
            >
              Publish now
            </Button>
          )}
        </div>
      </Container>

      <div className="flex flex-col gap-3 xl:flex-row xl:items-start">
        <div className="flex min-w-0 flex-1 flex-col gap-y-3">
          {/* Details */}
          <Container className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">Details</Heading>
            </div>
            <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
              <FormField label="Title" htmlFor="article-title">
                <Input
                  id="article-title"
                  value={state.title}
                  maxLength={200}
                  onChange={(e) => {
                    const title = e.target.value
                    setState((prev) => ({
                      ...prev,
                      title,
                      handle: handleForName(prev, title, 200),
                    }))
                  }}
                />
              </FormField>
              <FormField
                label="Handle"
                htmlFor="article-handle"
                hint={
                  <>
                    URL: /news/{state.handle || "…"}
                    {!state.handleTouched && state.handle && " · follows the title until you edit it"}
                  </>
                }
              >
                <Input
                  id="article-handle"
                  value={state.handle}
                  maxLength={200}
                  onChange={(e) => {
                    const handle = e.target.value
                    // Clearing a new article's handle hands it back to the title.
                    setState((prev) => ({ ...prev, handle, handleTouched: !isNew || handle !== "" }))
                  }}
                  onBlur={() =>
                    setState((prev) => ({
                      ...prev,
                      handle: settledHandle({ ...prev, name: prev.title }, 200),
                    }))
                  }
                />
              </FormField>
              <div className="md:col-span-2">
                <FormField label="Summary" htmlFor="article-summary" hint={`${state.summary.length}/500 · shown in lists and link previews`}>
                  <Textarea
                    id="article-summary"
                    rows={3}
                    maxLength={500}
                    value={state.summary}
                    onChange={(e) => set("summary", e.target.value)}
                  />
                </FormField>
              </div>
              <OptionSelect
                label="Topic"
                value={state.topic_id}
                onChange={(value) => set("topic_id", value)}
                options={topics}
                loading={topicsLoading}
                placeholder="Choose a topic"
              />
              <OptionSelect
                label="Author"
                value={state.author_id}
                onChange={(value) => set("author_id", value)}
                options={authors}
                loading={authorsLoading}
                placeholder="Choose an author"
              />
              <div className="md:col-span-2">
                <FormField label="Hero image URL" htmlFor="article-hero" optional>
                  <Input
                    id="article-hero"
                    type="url"
                    placeholder="https://…"
                    value={state.hero_image}
                    onChange={(e) => set("hero_image", e.target.value)}
                  />
                </FormField>
              </div>
            </div>
          </Container>

          {/* Body + live preview */}
          <Container className="divide-y p-0">
            <div className="flex items-center justify-between px-6 py-4">
              <Heading level="h2">Body</Heading>
              <Text size="xsmall" className="text-ui-fg-subtle">
                Markdown · {state.body.length.toLocaleString()} characters
              </Text>
            </div>
            <div className="grid grid-cols-1 gap-4 px-6 py-4 lg:grid-cols-2">
              <FormField label="Markdown" htmlFor="article-body">
                <Textarea
                  id="article-body"
                  className="h-[560px] resize-y font-mono text-xs leading-relaxed"
                  spellCheck
                  value={state.body}
                  onChange={(e) => set("body", e.target.value)}
                  placeholder={"## A heading\n\nA paragraph with **bold**, *italic* and a [link](https://example.com).\n\n- a list item"}
                />
              </FormField>
              <FormField label="Preview" className="min-w-0">
                <div
                  className="border-ui-border-base bg-ui-bg-base h-[560px] overflow-y-auto rounded-md border px-4 py-2"
                  data-testid="article-preview"
                >
                  <MarkdownPreview markdown={state.body} />
                </div>
              </FormField>
            </div>
          </Container>

          {/* Sources */}
          <Container className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">Sources</Heading>
            </div>
            <div className="flex flex-col gap-4 px-6 py-4">
              <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                <FormField label="Source" htmlFor="article-source-text" optional hint="e.g. the journal or news release this piece reports on">
                  <Input
                    id="article-source-text"
                    maxLength={500}
                    value={state.source_text}
                    onChange={(e) => set("source_text", e.target.value)}
                  />
                </FormField>
                <FormField label="Source URL" htmlFor="article-source-url" optional>
                  <Input
                    id="article-source-url"
                    type="url"
                    placeholder="https://…"
                    value={state.source_url}
                    onChange={(e) => set("source_url", e.target.value)}
                  />
                </FormField>
              </div>
              <FormField label="Citations">
                <CitationsEditor value={state.citations} onChange={(rows) => set("citations", rows)} disabled={busy} />
              </FormField>
            </div>
          </Container>

          {/* Featured products */}
          <Container className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">Featured products</Heading>
            </div>
            <div className="px-6 py-4">
              <FeaturedProductsPicker
                value={state.featured_products}
                onChange={(products) => set("featured_products", products)}
                disabled={busy}
              />
            </div>
            <div className="flex flex-col gap-y-2 px-6 py-4">
              <Heading level="h3">Suggested products</Heading>
              <SuggestedProducts
                text={state}
                articleId={article?.id}
                value={state.featured_products}
                onChange={(products) => set("featured_products", products)}
                disabled={busy}
              />
            </div>
          </Container>
        </div>

        {/* Scheduling */}
        <Container className="divide-y p-0 xl:sticky xl:top-3 xl:w-[320px] xl:shrink-0">
          <div className="px-6 py-4">
            <Heading level="h2">Schedule</Heading>
          </div>
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              {status === "scheduled"
                ? `Goes live ${formatDateTime(article?.published_at)}. Pick another time to reschedule.`
                : status === "published"
                  ? "Already live. Scheduling moves it off the storefront until the chosen time."
                  : "Publish automatically at a future date and time (your local time)."}
            </Text>
            <FormField label="Publish at" htmlFor="article-schedule">
              <Input
                id="article-schedule"
                type="datetime-local"
                min={minSchedule}
                value={scheduleAt}
                onChange={(e) => setScheduleAt(e.target.value)}
              />
            </FormField>
            <Button
              type="button"
              size="small"
              variant="secondary"
              disabled={busy || !scheduleAt}
              isLoading={pendingAction === "schedule"}
              onClick={() => submit("schedule")}
            >
              {status === "scheduled" ? "Reschedule" : "Schedule"}
            </Button>
          </div>
        </Container>
      </div>
    </form>
  )
}
