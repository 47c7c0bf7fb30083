import type { Metadata } from "next"

import ContactPage, { CONTACT_FORMS } from "@/modules/contact/templates/contact-page"

export const metadata: Metadata = {
  title: CONTACT_FORMS.contact.title,
  description: CONTACT_FORMS.contact.intro,
  alternates: { canonical: CONTACT_FORMS.contact.path },
}

export default function Page() {
  return <ContactPage form="contact" />
}
