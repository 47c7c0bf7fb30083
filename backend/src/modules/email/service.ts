import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { renderEmail } from "./templates"

export type EmailProviderOptions = {
  /** Sender, e.g. `Verdant Health Store <hello@example.com>`. */
  from: string
  /** `smtp://user:pass@host:587` or `smtps://…`; without it mail goes to the outbox folder. */
  smtpUrl?: string
  /** Where complete `.eml` files are written when there is no SMTP server. */
  outboxDir: string
}

/**
 * Medusa notification provider for the `email` channel. Every mail is rendered from a template and
 * sent through nodemailer: to the SMTP server in `smtpUrl`, or, without one, serialised by nodemailer's
 * stream transport into a complete `.eml` file in the outbox folder.
 */
class EmailProviderService extends AbstractNotificationProviderService {
  static identifier = "email"

  private readonly logger: Logger
  private readonly options: EmailProviderOptions
  private readonly transporter: Transporter

  static validateOptions(options: Record<string, unknown>) {
    if (!options.from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The email provider needs a `from` address")
    }
    if (!options.smtpUrl && !options.outboxDir) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The email provider needs `smtpUrl` or `outboxDir`")
    }
  }

  constructor({ logger }: { logger: Logger }, options: EmailProviderOptions) {
    super()
    this.logger = logger
    this.options = options
    this.transporter = options.smtpUrl
      ? nodemailer.createTransport(options.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const data = (notification.data ?? {}) as Record<string, unknown>
    const { subject, html, text } = await renderEmail(notification.template, data)
    const info = await this.transporter.sendMail({
      from: notification.from || this.options.from,
      to: notification.to,
      subject,
      html,
      text,
      headers: listHeaders(data),
    })
    if (!this.options.smtpUrl) {
      await this.writeToOutbox(info.message as Buffer, notification.template, notification.to)
    }
    return { id: info.messageId }
  }

  private async writeToOutbox(message: Buffer, template: string, to: string) {
    await mkdir(this.options.outboxDir, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, "-")
    const file = path.join(this.options.outboxDir, `${stamp}-${template}-${Math.random().toString(36).slice(2, 8)}.eml`)
    await writeFile(file, message)
    this.logger.info(`email "${template}" to ${to} written to ${file} (no SMTP_URL set)`)
  }
}

/** RFC 2369 / RFC 8058 headers, so mail clients offer a one-click unsubscribe for newsletter mail. */
function listHeaders(data: Record<string, unknown>): Record<string, string> {
  if (typeof data.unsubscribe_url !== "string") {
    return {}
  }
  return {
    "List-Unsubscribe": `<${data.unsubscribe_url}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  }
}

export default EmailProviderService
