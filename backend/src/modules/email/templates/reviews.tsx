import { Link, Section } from "@react-email/components"
import { Layout, Muted, Paragraph } from "./layout"

export type ReviewRequestData = {
  first_name: string | null
  display_id: number
  /** Each product of the order the customer has not reviewed yet, linked to its review form. */
  products: { title: string; url: string }[]
}

/** "Review your purchase": sent once per order, when it ships or two weeks after it was placed. */
export function reviewRequest({ first_name, display_id, products }: ReviewRequestData) {
  const greeting = first_name ? `How is it going, ${first_name}?` : "How is it going?"
  return {
    subject: `How do you like your order #${display_id}?`,
    body: (
      <Layout preview="A few words help the next shopper choose" heading={greeting}>
        <Paragraph>
          Your order #{display_id} is on its way or with you already. Once you have tried it, a short review helps other
          shoppers decide, and tells us what to keep and what to improve.
        </Paragraph>
        <Section>
          {products.map((product) => (
            <Paragraph key={product.url}>
              <Link href={product.url}>Review {product.title}</Link>
            </Paragraph>
          ))}
        </Section>
        <Muted>Reviews from buyers carry a “Verified buyer” badge. We send this once per order.</Muted>
      </Layout>
    ),
  }
}
