import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CONTACT_DETAIL_FIELDS, contactTopicTitle, type ContactTopic, type StoreContact } from "@supplement-store/contract"
import { CONTACT_MODULE } from "../modules/contact"
import type ContactModuleService from "../modules/contact/service"
import { ContactEvents } from "../workflows/contact/types"

/**
 * A contact form was sent: staff get it at the store's contact address (store settings,
 * `metadata.contact.email`; every admin user when it is not set), the sender an acknowledgement.
 */
export default async function mailContactMessage({ event, container }: SubscriberArgs<{ id: string }>) {
  const message = await container.resolve<ContactModuleService>(CONTACT_MODULE).retrieveContactMessage(event.data.id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [store] } = await query.graph({ entity: "store", fields: ["metadata"], pagination: { take: 1 } })
  const storeAddress = (store?.metadata as { contact?: StoreContact } | null)?.contact?.email
  const staff = storeAddress ? [storeAddress] : (await container.resolve(Modules.USER).listUsers({}, { select: ["email"] })).map((user) => user.email)
  const { admin } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const topic_title = contactTopicTitle(message.topic)
  const details = (CONTACT_DETAIL_FIELDS[message.topic as ContactTopic] ?? [])
    .map((field) => ({ label: field.label, value: (message.details as Record<string, string> | null)?.[field.name] ?? "" }))
    .filter((detail) => detail.value)
  await container.resolve(Modules.NOTIFICATION).createNotifications([
    ...staff.map((to) => ({
      to,
      channel: "email",
      template: "contact-message-staff",
      idempotency_key: `contact-message-staff-${message.id}-${to}`,
      data: { topic_title, name: message.name, email: message.email, message: message.message, details, url: `${admin.backendUrl}/app/contact-messages?id=${message.id}` },
    })),
    {
      to: message.email,
      channel: "email",
      template: "contact-message-received",
      idempotency_key: `contact-message-received-${message.id}`,
      data: { name: message.name, topic_title, message: message.message },
    },
  ])
}

export const config: SubscriberConfig = { event: ContactEvents.CREATED }
