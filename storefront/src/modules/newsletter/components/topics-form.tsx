"use client"

import { useActionState } from "react"

import type { NewsletterTopic } from "@/lib/data/newsletter"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"
import type { NewsletterFormState } from "@/modules/newsletter/actions"
import TopicCheckboxes from "@/modules/newsletter/components/topic-checkboxes"

type TopicsFormProps = {
  topics: NewsletterTopic[]
  checked: string[]
  action: (state: NewsletterFormState, formData: FormData) => Promise<NewsletterFormState>
  /** The signed link's token, on the preferences page. */
  token?: string
  /** Offers "Unsubscribe from all" beside "Save". */
  canUnsubscribe?: boolean
}

/** Changes which newsletters a reader gets: the preferences page (by signed link) and the account page. */
export default function TopicsForm({ topics, checked, action, token, canUnsubscribe = false }: TopicsFormProps) {
  const [state, formAction] = useActionState<NewsletterFormState, FormData>(action, { status: "idle" })
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {token && <input type="hidden" name="token" value={token} />}
      <TopicCheckboxes
        // Remount after each save so the boxes show what was stored.
        key={(state.topics ?? checked).join(",")}
        topics={topics}
        checked={state.topics ?? checked}
        legend="Newsletters you get"
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingText="Saving…" name="intent" value="save">
          Save choices
        </SubmitButton>
        {canUnsubscribe && (
          <SubmitButton variant="secondary" pendingText="Saving…" name="intent" value="unsubscribe">
            Unsubscribe from all
          </SubmitButton>
        )}
      </div>
      <FormMessage status={state.status} message={state.message} />
    </form>
  )
}
