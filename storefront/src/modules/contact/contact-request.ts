import { CONTACT_DETAIL_FIELDS, CreateContactMessageBody, type ContactTopic } from "@supplement-store/contract"

/**
 * A contact form's values as the backend's `CreateContactMessageBody` wants them (the partner topics'
 * extra fields, named `details.<field>` in the form, go under `details`), checked with the same schema.
 */
export function parseContactForm(values: Record<string, string>) {
  const topic = values.topic as ContactTopic
  const fields = CONTACT_DETAIL_FIELDS[topic]
  const details = fields
    ? Object.fromEntries(fields.map((field) => [field.name, values[`details.${field.name}`]?.trim()]).filter(([, value]) => value))
    : undefined
  return CreateContactMessageBody.safeParse({
    topic,
    name: values.name ?? "",
    email: values.email ?? "",
    message: values.message ?? "",
    ...(values.website_url ? { website_url: values.website_url } : {}),
    ...(details ? { details } : {}),
  })
}
