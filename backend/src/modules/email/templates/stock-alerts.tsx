import { Link } from "@react-email/components"
import { Action, Layout, Muted, Paragraph } from "./layout"

/** The product a back-in-stock mail is about. */
type AlertProduct = { product_title: string; variant_title: string | null }

const named = ({ product_title, variant_title }: AlertProduct) => (variant_title ? `${product_title} (${variant_title})` : product_title)

export type StockAlertConfirmationData = AlertProduct & { confirm_url: string; cancel_url: string }

/** The double opt-in of a guest's alert: nothing is sent to this address until its owner clicks. */
export function stockAlertConfirmation(data: StockAlertConfirmationData) {
  return {
    subject: `Confirm your alert for ${data.product_title}`,
    body: (
      <Layout preview="One click and we will tell you when it is back" heading="Please confirm your back-in-stock alert">
        <Paragraph>You asked us to email you when {named(data)} is available again.</Paragraph>
        <Action href={data.confirm_url} label="Yes, email me when it's back" />
        <Muted>
          The link works for 48 hours. We send one email when it is back, then nothing more. If you did not ask for this,
          ignore this email, or <Link href={data.cancel_url}>cancel the alert</Link>.
        </Muted>
      </Layout>
    ),
  }
}

export type StockAlertBackInStockData = AlertProduct & { product_url: string }

/** The alert itself: sent once, to readers in the order they asked, as many as the restock can serve. */
export function stockAlertBackInStock(data: StockAlertBackInStockData) {
  return {
    subject: `Back in stock: ${data.product_title}`,
    body: (
      <Layout preview={`${data.product_title} is available again`} heading="It's back in stock">
        <Paragraph>Good news: {named(data)} is available again. Stock is limited, and we told you among the first.</Paragraph>
        <Action href={data.product_url} label="See the product" />
        <Muted>You asked for this one-time alert on our store; we won&apos;t email you about this product again.</Muted>
      </Layout>
    ),
  }
}
