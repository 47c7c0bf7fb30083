import type { Metadata } from "next"

import ContactPage, { CONTACT_FORMS } from "@/modules/contact/templates/contact-page"

export const metadata: Metadata = {
  title: CONTACT_FORMS.wholesale.title,
  description: CONTACT_FORMS.wholesale.intro,
  alternates: { canonical: CONTACT_FORMS.wholesale.path },
}

export default function Page() {
  return <ContactPage form="wholesale" />
}
