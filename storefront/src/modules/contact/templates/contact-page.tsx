import { CONTACT_DETAIL_FIELDS, CONTACT_TOPICS, type ContactTopic } from "@supplement-store/contract"

import { getStoreContact } from "@/lib/data/pages"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"
import ContactForm from "@/modules/contact/components/contact-form"

/** The forms of the store: Contact Us (any general topic) and the partner inquiries (one topic each). */
export const CONTACT_FORMS = {
  contact: { path: "/contact", title: "Contact Us", intro: "Questions about an order, a product or your account: a person answers within two business days." },
  affiliate: { path: "/affiliate-program", title: "Affiliate Program", intro: "Write about health or run a community? Tell us about it, and we'll send our affiliate terms." },
  wholesale: { path: "/wholesale", title: "Become a Wholesaler", intro: "Practitioners and shops buy our range at wholesale prices. Tell us about your business." },
  vendor: { path: "/vendor-inquiries", title: "Vendor Inquiries", intro: "Make a supplement you think our readers should know? Introduce your product line." },
} as const

const GENERAL_TOPICS = CONTACT_TOPICS.filter((topic) => !CONTACT_DETAIL_FIELDS[topic.handle])

export default async function ContactPage({ form }: { form: keyof typeof CONTACT_FORMS }) {
  const { path, title, intro } = CONTACT_FORMS[form]
  const topic = form === "contact" ? undefined : (form as ContactTopic)
  const contact = form === "contact" ? await getStoreContact() : null
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: title, href: path },
        ]}
      />
      <PageHeading title={title} description={intro} />
      {contact ? (
        <p className="mb-6 text-bark-700">
          Or call <a href={`tel:${contact.phone}`} className="text-leaf-700 underline">{contact.phone_display}</a> ({contact.hours}).
        </p>
      ) : null}
      <ContactForm topic={topic} topics={GENERAL_TOPICS.map(({ handle, title }) => ({ handle, title }))} details={topic ? [...(CONTACT_DETAIL_FIELDS[topic] ?? [])] : []} />
    </div>
  )
}
