import type { Metadata } from "next"

import ContactPage, { CONTACT_FORMS } from "@/modules/contact/templates/contact-page"

export const metadata: Metadata = {
  title: CONTACT_FORMS.vendor.title,
  description: CONTACT_FORMS.vendor.intro,
  alternates: { canonical: CONTACT_FORMS.vendor.path },
}

export default function Page() {
  return <ContactPage form="vendor" />
}
