import { Column, Row, Section, Text } from "@react-email/components"
import { Action, Layout, Muted, Paragraph } from "./layout"

type Address = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
}

export type OrderConfirmationData = {
  display_id: number
  currency_code: string
  items: { title: string; variant_title?: string | null; quantity: number; total: number }[]
  subtotal: number
  discount_total: number
  shipping_total: number
  tax_total: number
  total: number
  shipping_address?: Address | null
  shipping_method?: string | null
  url: string
}

const cell = { fontSize: "14px", lineHeight: "20px", margin: "0 0 6px" }

function AmountRow({ label, amount, strong = false }: { label: string; amount: string; strong?: boolean }) {
  const style = { ...cell, fontWeight: strong ? 700 : 400 }
  return (
    <Row>
      <Column>
        <Text style={style}>{label}</Text>
      </Column>
      <Column align="right">
        <Text style={style}>{amount}</Text>
      </Column>
    </Row>
  )
}

export function orderConfirmation(order: OrderConfirmationData) {
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency: order.currency_code.toUpperCase() }).format
  const address = order.shipping_address
  const addressLines = address
    ? [
        [address.first_name, address.last_name].filter(Boolean).join(" "),
        address.address_1,
        address.address_2,
        [address.city, address.province, address.postal_code].filter(Boolean).join(", "),
        address.country_code?.toUpperCase(),
      ].filter(Boolean)
    : []
  return {
    subject: `Order #${order.display_id} confirmed`,
    body: (
      <Layout preview={`Thank you for your order #${order.display_id}`} heading={`Thank you — order #${order.display_id} is confirmed`}>
        <Paragraph>We are packing it now and will write again when it ships.</Paragraph>
        <Section>
          {order.items.map((item, index) => (
            <AmountRow
              key={index}
              label={`${item.quantity} × ${item.title}${item.variant_title ? ` (${item.variant_title})` : ""}`}
              amount={money(item.total)}
            />
          ))}
        </Section>
        <Section style={{ borderTop: "1px solid #dde3dc", paddingTop: "8px" }}>
          <AmountRow label="Subtotal" amount={money(order.subtotal)} />
          {order.discount_total > 0 && <AmountRow label="Discount" amount={`−${money(order.discount_total)}`} />}
          <AmountRow label={order.shipping_method ? `Shipping (${order.shipping_method})` : "Shipping"} amount={money(order.shipping_total)} />
          <AmountRow label="Tax" amount={money(order.tax_total)} />
          <AmountRow label="Total" amount={money(order.total)} strong />
        </Section>
        {addressLines.length > 0 && (
          <Section>
            <Paragraph>Shipping to:</Paragraph>
            {addressLines.map((line, index) => (
              <Text key={index} style={cell}>
                {line}
              </Text>
            ))}
          </Section>
        )}
        <Action href={order.url} label="View your order" />
        <Muted>Questions about your order? Reply to this email.</Muted>
      </Layout>
    ),
  }
}
