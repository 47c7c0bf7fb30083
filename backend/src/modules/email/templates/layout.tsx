import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components"
import type { ReactNode } from "react"

export const STORE_NAME = "Verdant Health Store"

const styles = {
  body: { backgroundColor: "#f5f7f4", fontFamily: "Helvetica, Arial, sans-serif", color: "#1f2a1f" },
  container: { backgroundColor: "#ffffff", margin: "24px auto", padding: "24px 28px", maxWidth: "560px" },
  brand: { fontSize: "18px", fontWeight: 700, color: "#2f6b3a", margin: "0 0 16px" },
  heading: { fontSize: "20px", fontWeight: 700, margin: "0 0 12px" },
  text: { fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" },
  button: { backgroundColor: "#2f6b3a", color: "#ffffff", padding: "12px 20px", borderRadius: "6px", fontWeight: 700 },
  muted: { fontSize: "12px", lineHeight: "18px", color: "#5b665b", margin: "0 0 6px" },
}

/** The frame every email shares: no images, so it reads the same with images blocked. */
export function Layout({ preview, heading, children, footer }: { preview: string; heading: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{STORE_NAME}</Text>
          <Text style={styles.heading}>{heading}</Text>
          {children}
          <Hr />
          {footer}
          <Text style={styles.muted}>{STORE_NAME} · natural supplements and health news</Text>
        </Container>
      </Body>
    </Html>
  )
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.text}>{children}</Text>
}

/** A button whose address is also printed, for mail clients that show no buttons. */
export function Action({ href, label }: { href: string; label: string }) {
  return (
    <Section style={{ margin: "8px 0 16px" }}>
      <Button href={href} style={styles.button}>
        {label}
      </Button>
      <Text style={styles.muted}>
        Or open this address: <Link href={href}>{href}</Link>
      </Text>
    </Section>
  )
}

/** Footer of newsletter mail: how to change topics or leave, in one click. */
export function NewsletterFooter({ preferencesUrl, unsubscribeUrl }: { preferencesUrl: string; unsubscribeUrl: string }) {
  return (
    <Text style={styles.muted}>
      You get this because you signed up for our newsletters. <Link href={preferencesUrl}>Change your topics</Link> or{" "}
      <Link href={unsubscribeUrl}>unsubscribe</Link>.
    </Text>
  )
}

export function Muted({ children }: { children: ReactNode }) {
  return <Text style={styles.muted}>{children}</Text>
}
