import { Heading, Link, Section } from "@react-email/components"
import { Action, Layout, Muted, NewsletterFooter, Paragraph } from "./layout"

/** Every newsletter mail carries these links; the provider also turns them into List-Unsubscribe headers. */
type NewsletterLinks = { preferences_url: string; unsubscribe_url: string }

const footer = (links: NewsletterLinks) => (
  <NewsletterFooter preferencesUrl={links.preferences_url} unsubscribeUrl={links.unsubscribe_url} />
)
const list = (topics: string[]) => topics.join(", ")

/** `from_account`: asked for from a customer account, which the click connects to the subscription. */
export type NewsletterConfirmationData = NewsletterLinks & { confirm_url: string; topics: string[]; from_account?: boolean }

export function newsletterConfirmation(data: NewsletterConfirmationData) {
  return {
    subject: "Confirm your newsletter subscription",
    body: (
      <Layout preview="One click to start your newsletters" heading="Please confirm your subscription" footer={footer(data)}>
        <Paragraph>You asked for these newsletters: {list(data.topics)}.</Paragraph>
        {data.from_account && (
          <Paragraph>
            Please confirm this change: it was asked for from the customer account registered with this address at our
            store. Confirming also lets that account manage your newsletters.
          </Paragraph>
        )}
        <Action href={data.confirm_url} label="Yes, subscribe me" />
        <Muted>The link works for 48 hours. If you did not sign up, ignore this email and nothing will be sent.</Muted>
      </Layout>
    ),
  }
}

export type NewsletterAlreadySubscribedData = NewsletterLinks & { topics: string[] }

/** Sent when someone signs up an address that is already confirmed: its owner decides what changes. */
export function newsletterAlreadySubscribed(data: NewsletterAlreadySubscribedData) {
  return {
    subject: "You are already subscribed",
    body: (
      <Layout preview="Your newsletter topics" heading="You are already subscribed" footer={footer(data)}>
        <Paragraph>Someone, probably you, signed this address up again. You already get: {list(data.topics)}.</Paragraph>
        <Action href={data.preferences_url} label="Change your topics" />
        <Muted>If this was not you, nothing has changed and you can ignore this email.</Muted>
      </Layout>
    ),
  }
}

export type NewsletterDigestData = NewsletterLinks & {
  sections: { title: string; articles: { title: string; url: string; excerpt: string }[] }[]
}

export function newsletterDigest(data: NewsletterDigestData) {
  return {
    subject: `This week: ${data.sections[0]?.articles[0]?.title ?? "health news"}`,
    body: (
      <Layout preview="The week's articles on your topics" heading="This week in your newsletters" footer={footer(data)}>
        {data.sections.map((section) => (
          <Section key={section.title}>
            <Heading as="h2" style={{ fontSize: "17px", margin: "16px 0 8px" }}>
              {section.title}
            </Heading>
            {section.articles.map((article) => (
              <Paragraph key={article.url}>
                <Link href={article.url}>{article.title}</Link>
                <br />
                {article.excerpt}
              </Paragraph>
            ))}
          </Section>
        ))}
      </Layout>
    ),
  }
}
