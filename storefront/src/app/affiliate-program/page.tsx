import type { Metadata } from "next"

import ContactPage, { CONTACT_FORMS } from "@/modules/contact/templates/contact-page"

export const metadata: Metadata = {
  title: CONTACT_FORMS.affiliate.title,
  description: CONTACT_FORMS.affiliate.intro,
  alternates: { canonical: CONTACT_FORMS.affiliate.path },
}

export default function Page() {
  return <ContactPage form="affiliate" />
}
