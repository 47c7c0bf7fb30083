import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"

function storefrontPage(container: MedusaContainer, page: string, token: string) {
  const { storefrontUrl } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin
  return `${storefrontUrl}/newsletter/${page}?token=${encodeURIComponent(token)}`
}

/** Signed storefront links every newsletter mail carries; the unsubscribe link also answers RFC 8058 one-click POSTs. */
export function newsletterLinks(container: MedusaContainer, subscriber: { id: string; token_version: number }) {
  const manage = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).signManageToken(subscriber)
  return {
    preferences_url: storefrontPage(container, "preferences", manage),
    unsubscribe_url: storefrontPage(container, "unsubscribe", manage),
  }
}

/** The double opt-in link; it expires, and connects the account that asked for it, if any. */
export function confirmationLink(container: MedusaContainer, subscriberId: string, customerId?: string | null) {
  const token = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).signConfirmToken(subscriberId, customerId)
  return storefrontPage(container, "confirm", token)
}
