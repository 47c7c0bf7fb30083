import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type PasswordResetEvent = { entity_id: string; token: string; actor_type: string }

/** Sends the reset link that Medusa's reset-password route asked for (customers reset on the storefront). */
export default async function sendPasswordResetLink({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, token, actor_type } = event.data
  const { admin } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const base = actor_type === "customer" ? `${admin.storefrontUrl}/account/reset-password` : `${admin.backendUrl}/app/reset-password`
  const url = `${base}?${new URLSearchParams({ token, email })}`

  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "password-reset",
    data: { url, email },
  })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
}
