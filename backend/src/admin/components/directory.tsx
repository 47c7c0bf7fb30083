import { Button, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { errorMessage } from "../lib/news"

/** The layout of the topics and authors pages: the list, with a narrow form beside it to add one. */
export const DirectoryLayout = ({ children }: { children: ReactNode }) => (
  <div className="flex flex-col gap-3 xl:flex-row xl:items-start">{children}</div>
)

type DirectoryListProps = {
  title: string
  description: string
  /** Plural and lower case, for the status line: "Loading topics…", "No topics yet." */
  noun: string
  isLoading: boolean
  isError: boolean
  error: unknown
  isEmpty: boolean
  /** The table. */
  children: ReactNode
}

/** The list side: heading, the table, and a line for loading, failure or an empty list. */
export const DirectoryList = ({ title, description, noun, isLoading, isError, error, isEmpty, children }: DirectoryListProps) => (
  <Container className="divide-y p-0 xl:flex-1">
    <div className="px-6 py-4">
      <Heading level="h1">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    </div>
    {children}
    {(isLoading || isError || isEmpty) && (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {isLoading ? `Loading ${noun}…` : isError ? `Could not load ${noun}: ${errorMessage(error)}` : `No ${noun} yet.`}
      </Text>
    )}
  </Container>
)

type CreateFormCardProps = {
  title: string
  submitLabel: string
  isSubmitting: boolean
  onSubmit: () => void
  /** The fields. */
  children: ReactNode
}

/** The form side: a heading, the fields and a submit button. */
export const CreateFormCard = ({ title, submitLabel, isSubmitting, onSubmit, children }: CreateFormCardProps) => (
  <Container className="divide-y p-0 xl:w-[360px] xl:shrink-0">
    <div className="px-6 py-4">
      <Heading level="h2">{title}</Heading>
    </div>
    <form
      className="flex flex-col gap-y-3 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      {children}
      <div className="flex justify-end">
        <Button type="submit" size="small" isLoading={isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  </Container>
)
