"use client"

import { useActionState } from "react"

import type { NewsletterTopic } from "@/lib/data/newsletter"
import EmailField from "@/modules/common/components/form/email-field"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"
import { subscribeToNewsletter, type NewsletterFormState } from "@/modules/newsletter/actions"
import TopicCheckboxes from "@/modules/newsletter/components/topic-checkboxes"

type SignupFormProps = {
  topics: NewsletterTopic[]
  /** Topics ticked at first, e.g. the article's own topic. */
  preselected?: string[]
  source: "footer" | "article"
  compact?: boolean
}

/** Email plus topics; the backend then mails a link that confirms the subscription (double opt-in). */
export default function SignupForm({ topics, preselected = [], source, compact = false }: SignupFormProps) {
  const [state, formAction] = useActionState<NewsletterFormState, FormData>(subscribeToNewsletter, { status: "idle" })

  return (
    <form action={formAction} noValidate className="flex flex-col gap-3" aria-label="Newsletter sign-up">
      <input type="hidden" name="source" value={source} />
      <TopicCheckboxes
        topics={topics}
        checked={state.topics ?? preselected}
        error={state.fieldErrors?.topics}
        legend="Newsletters"
        compact={compact}
      />
      <EmailField defaultValue={state.values?.email ?? ""} error={state.fieldErrors?.email} />
      <div>
        <SubmitButton pendingText="Signing up…">Sign up</SubmitButton>
      </div>
      <FormMessage status={state.status} message={state.message} />
      <p className="text-xs text-bark-600">We email you a link to confirm first. Every newsletter has a one-click unsubscribe.</p>
    </form>
  )
}
