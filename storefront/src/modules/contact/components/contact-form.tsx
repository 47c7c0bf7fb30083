"use client"

import { useActionState } from "react"

import type { FormState } from "@/lib/util/forms"
import FormField, { fieldsOf } from "@/modules/common/components/form/form-field"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"
import { sendContactMessage } from "@/modules/contact/actions"

type Option = { handle: string; title: string }
type DetailField = { name: string; label: string; optional?: boolean; long?: boolean }

type ContactFormProps = {
  /** The partner forms' fixed topic; without it the reader picks one of `topics`. */
  topic?: string
  topics: Option[]
  details: DetailField[]
}

// Ids of their own: the footer's newsletter form on the same page has an email field too.
const ID_PREFIX = "contact-"
const inputClasses = "w-full rounded-md border bg-white px-3 py-2 text-base text-bark-900 shadow-sm focus:border-leaf-600"

function LongField({ name, label, defaultValue, error, required = true }: { name: string; label: string; defaultValue: string; error?: string; required?: boolean }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${ID_PREFIX}${name}`} className="text-sm font-medium text-bark-900">
        {label}
      </label>
      <textarea
        id={`${ID_PREFIX}${name}`}
        name={name}
        rows={5}
        defaultValue={defaultValue}
        aria-required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ID_PREFIX}${name}-error` : undefined}
        className={`${inputClasses} ${error ? "border-clay-700" : "border-sand-300"}`}
      />
      {error ? (
        <p id={`${ID_PREFIX}${name}-error`} className="text-sm text-clay-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** Contact Us, or a partner inquiry with its own fields; the backend mails staff and the sender. */
export default function ContactForm({ topic, topics, details }: ContactFormProps) {
  const [state, formAction] = useActionState<FormState, FormData>(sendContactMessage, { status: "idle" })
  const values = state.values ?? {}
  const errors = state.fieldErrors ?? {}
  const field = fieldsOf(values, errors, ID_PREFIX)

  if (state.status === "success") {
    return (
      <div data-testid="contact-confirmation">
        <FormMessage status="success" message={state.message} />
      </div>
    )
  }
  return (
    <form action={formAction} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Contact form">
      {topic ? (
        <input type="hidden" name="topic" value={topic} />
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${ID_PREFIX}topic`} className="text-sm font-medium text-bark-900">
            Topic
          </label>
          <select id={`${ID_PREFIX}topic`} name="topic" defaultValue={values.topic ?? topics[0]?.handle} className={`${inputClasses} border-sand-300`}>
            {topics.map((option) => (
              <option key={option.handle} value={option.handle}>
                {option.title}
              </option>
            ))}
          </select>
          {errors.topic ? <p className="text-sm text-clay-700">{errors.topic}</p> : null}
        </div>
      )}
      <FormField {...field("name")} label="Your name" autoComplete="name" required />
      <FormField {...field("email")} label="Your email address" type="email" autoComplete="email" required />
      {details.map((detail) =>
        detail.long ? (
          <LongField
            key={detail.name}
            name={`details.${detail.name}`}
            label={detail.label}
            defaultValue={values[`details.${detail.name}`] ?? ""}
            error={errors[`details.${detail.name}`]}
            required={!detail.optional}
          />
        ) : (
          <FormField key={detail.name} {...field(`details.${detail.name}`)} label={detail.label} required={!detail.optional} />
        )
      )}
      <LongField name="message" label="Your message" defaultValue={values.message ?? ""} error={errors.message} />
      {/* Hidden from people (and screen readers); a bot that fills it in is answered but not delivered. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`${ID_PREFIX}website_url`}>Leave this empty</label>
        <input id={`${ID_PREFIX}website_url`} name="website_url" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <FormMessage status={state.status} message={state.message} />
      <div>
        <SubmitButton pendingText="Sending…">Send message</SubmitButton>
      </div>
    </form>
  )
}
