import { Column, Row, Section, Text } from "@react-email/components"
import { Action, Layout, Muted, Paragraph } from "./layout"

type Line = { title: string; variant_title?: string | null; quantity: number }
type PricedLine = Line & { total: number }

export type AutoshipCreatedData = {
  autoships: { interval_days: number; next_order_at: string; lines: Line[] }[]
  url: string
}
export type AutoshipReminderData = { next_order_at: string; lines: Line[]; payment_label: string; skip_url: string; change_url: string }
export type AutoshipRenewedData = {
  display_id: number
  currency_code: string
  items: PricedLine[]
  total: number
  /** Lines left out of this shipment for want of stock (not charged). */
  missing: Line[]
  next_order_at: string
  url: string
}
export type AutoshipOutOfStockData = { missing: Line[]; next_order_at: string; url: string }
export type AutoshipPaymentFailedData = { payment_label: string; message: string | null; retry_at: string; url: string }
export type AutoshipPausedData = { lines: Line[]; url: string }

const cell = { fontSize: "14px", lineHeight: "20px", margin: "0 0 6px" }

/** Dates in mail read the same for every reader: the store's calendar day (UTC). */
const day = (iso: string) => new Date(iso).toLocaleDateString("en-US", { weekday: "long", month: "long", day: "numeric", year: "numeric", timeZone: "UTC" })

const lineLabel = (line: Line) => `${line.quantity} × ${line.title}${line.variant_title ? ` (${line.variant_title})` : ""}`

function Lines({ lines }: { lines: Line[] }) {
  return (
    <Section>
      {lines.map((line, index) => (
        <Text key={index} style={cell}>
          {lineLabel(line)}
        </Text>
      ))}
    </Section>
  )
}

export function autoshipCreated(data: AutoshipCreatedData) {
  const first = data.autoships[0]
  return {
    subject: "Your autoship is set up",
    body: (
      <Layout preview={`Your first autoship delivery is on ${day(first.next_order_at)}`} heading="Welcome to the SmartSavings Club">
        <Paragraph>Thank you for joining. We will ship these again for you at the member price, with free delivery:</Paragraph>
        {data.autoships.map((autoship, index) => (
          <Section key={index}>
            <Paragraph>
              Every {autoship.interval_days} days, next on {day(autoship.next_order_at)}:
            </Paragraph>
            <Lines lines={autoship.lines} />
          </Section>
        ))}
        <Paragraph>We send a reminder a few days before each shipment. You can skip, change, pause or cancel at any time.</Paragraph>
        <Action href={data.url} label="Manage your autoship" />
      </Layout>
    ),
  }
}

export function autoshipReminder(data: AutoshipReminderData) {
  return {
    subject: `Your autoship ships on ${day(data.next_order_at)}`,
    body: (
      <Layout preview="Skip or change it before then if you need to" heading={`Your next autoship ships on ${day(data.next_order_at)}`}>
        <Paragraph>This is what we will send, paid with {data.payment_label}:</Paragraph>
        <Lines lines={data.lines} />
        <Paragraph>Have enough for now? Skip this shipment and the next one follows on schedule.</Paragraph>
        <Action href={data.skip_url} label="Skip this shipment" />
        <Action href={data.change_url} label="Change your autoship" />
        <Muted>The skip link works until your autoship changes or this shipment is placed.</Muted>
      </Layout>
    ),
  }
}

export function autoshipRenewed(data: AutoshipRenewedData) {
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency: data.currency_code.toUpperCase() }).format
  return {
    subject: `Autoship order #${data.display_id} confirmed`,
    body: (
      <Layout preview={`Your autoship order #${data.display_id} is on its way`} heading={`Your autoship order #${data.display_id} is confirmed`}>
        <Paragraph>We are packing your autoship now:</Paragraph>
        <Section>
          {data.items.map((item, index) => (
            <Row key={index}>
              <Column>
                <Text style={cell}>{lineLabel(item)}</Text>
              </Column>
              <Column align="right">
                <Text style={cell}>{money(item.total)}</Text>
              </Column>
            </Row>
          ))}
        </Section>
        <Section style={{ borderTop: "1px solid #dde3dc", paddingTop: "8px" }}>
          <Row>
            <Column>
              <Text style={{ ...cell, fontWeight: 700 }}>Total</Text>
            </Column>
            <Column align="right">
              <Text style={{ ...cell, fontWeight: 700 }}>{money(data.total)}</Text>
            </Column>
          </Row>
        </Section>
        {data.missing.length > 0 && (
          <Section>
            <Paragraph>These were out of stock, so they are not in this shipment and you were not charged for them:</Paragraph>
            <Lines lines={data.missing} />
          </Section>
        )}
        <Paragraph>Your next autoship ships on {day(data.next_order_at)}.</Paragraph>
        <Action href={data.url} label="Manage your autoship" />
      </Layout>
    ),
  }
}

export function autoshipOutOfStock(data: AutoshipOutOfStockData) {
  return {
    subject: "Your autoship could not ship this time",
    body: (
      <Layout preview="Everything on it was out of stock: nothing was charged" heading="Your autoship is out of stock this time">
        <Paragraph>Everything on your autoship was out of stock, so nothing was shipped and you were not charged:</Paragraph>
        <Lines lines={data.missing} />
        <Paragraph>Your autoship stays active; the next shipment is on {day(data.next_order_at)}.</Paragraph>
        <Action href={data.url} label="Change your autoship" />
      </Layout>
    ),
  }
}

export function autoshipPaymentFailed(data: AutoshipPaymentFailedData) {
  return {
    subject: "Your autoship payment did not go through",
    body: (
      <Layout preview={`We will try again on ${day(data.retry_at)}`} heading="We could not charge your card for your autoship">
        <Paragraph>
          We tried to charge {data.payment_label}, but it did not go through.{data.message ? ` ${data.message}` : ""}
        </Paragraph>
        <Paragraph>We will try again on {day(data.retry_at)}. To use another card before then, update your autoship:</Paragraph>
        <Action href={data.url} label="Update your card" />
      </Layout>
    ),
  }
}

export function autoshipPaused(data: AutoshipPausedData) {
  return {
    subject: "Your autoship is paused",
    body: (
      <Layout preview="We could not charge your card after several tries" heading="Your autoship is paused">
        <Paragraph>We could not charge your card after several tries, so we paused this autoship and will not try again:</Paragraph>
        <Lines lines={data.lines} />
        <Paragraph>Update your card and resume it whenever you like; your member prices are kept for 90 days.</Paragraph>
        <Action href={data.url} label="Update your card and resume" />
      </Layout>
    ),
  }
}
