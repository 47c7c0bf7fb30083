import { Action, Layout, Muted, Paragraph } from "./layout"

export type ContactMessageStaffData = {
  topic_title: string
  name: string
  email: string
  message: string
  /** The partner topics' extra fields, labelled. */
  details: { label: string; value: string }[]
  url: string
}

/** To staff: a message from a contact form, with a link to it in the admin inbox. */
export function contactMessageStaff(data: ContactMessageStaffData) {
  return {
    subject: `Contact form: ${data.topic_title} from ${data.name}`,
    body: (
      <Layout preview={`${data.topic_title}: a message from ${data.name}`} heading={data.topic_title}>
        <Paragraph>
          From {data.name} &lt;{data.email}&gt;
        </Paragraph>
        {data.details.map((detail) => (
          <Paragraph key={detail.label}>
            {detail.label}: {detail.value}
          </Paragraph>
        ))}
        <Paragraph>{data.message}</Paragraph>
        <Action href={data.url} label="Open in the inbox" />
        <Muted>Reply to the sender by email, then mark the message answered.</Muted>
      </Layout>
    ),
  }
}

export type ContactMessageReceivedData = { name: string; topic_title: string; message: string }

/** To the sender: we have it, and a copy of what they wrote. */
export function contactMessageReceived(data: ContactMessageReceivedData) {
  return {
    subject: "We received your message",
    body: (
      <Layout preview="A person will answer within two business days" heading={`Thank you, ${data.name}`}>
        <Paragraph>
          Your message about &quot;{data.topic_title}&quot; reached our team. A person reads every message and answers within two
          business days.
        </Paragraph>
        <Paragraph>What you wrote:</Paragraph>
        <Muted>{data.message}</Muted>
      </Layout>
    ),
  }
}
