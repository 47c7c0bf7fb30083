import { Action, Layout, Muted, Paragraph } from "./layout"

export type PasswordResetData = { url: string; email: string }

export function passwordReset({ url, email }: PasswordResetData) {
  return {
    subject: "Reset your password",
    body: (
      <Layout preview="A link to choose a new password" heading="Reset your password">
        <Paragraph>Someone asked to reset the password of the account {email}. If that was you, choose a new one:</Paragraph>
        <Action href={url} label="Choose a new password" />
        <Muted>The link works for 15 minutes. If you did not ask, ignore this email; your password stays as it is.</Muted>
      </Layout>
    ),
  }
}
