import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"

/** Signed storefront links for newsletter mail; the unsubscribe link also answers RFC 8058 one-click POSTs. */
export function newsletterLinks(container: MedusaContainer, subscriberId: string) {
  const { storefrontUrl } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin
  const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
  const manage = encodeURIComponent(newsletter.signToken(subscriberId, "manage"))
  return {
    preferences_url: `${storefrontUrl}/newsletter/preferences?token=${manage}`,
    unsubscribe_url: `${storefrontUrl}/newsletter/unsubscribe?token=${manage}`,
    confirmUrl: () => `${storefrontUrl}/newsletter/confirm?token=${encodeURIComponent(newsletter.signToken(subscriberId, "confirm"))}`,
  }
}
