import type { Metadata } from "next"

import { CONTACT, STORE_NAME } from "@/lib/site"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"

export const metadata: Metadata = {
  title: "Privacy policy",
  description: `How ${STORE_NAME} collects, uses and protects your personal information.`,
  alternates: { canonical: "/privacy" },
}

export default function PrivacyPage() {
  const sectionHeading = "mt-8 mb-2 font-serif text-xl font-semibold text-bark-900"
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Privacy policy", href: "/privacy" },
        ]}
      />
      <PageHeading title="Privacy policy" description="Your health is personal. So is your data." />

      <div className="space-y-3 leading-relaxed text-bark-700">
        <h2 className={sectionHeading}>What we collect</h2>
        <p>
          When you shop with us we keep what we need to fulfil your order: your name, email address,
          shipping and billing addresses, and what you bought. Payments are handled by our payment
          provider; we never see or store your full card number.
        </p>

        <h2 className={sectionHeading}>How we use it</h2>
        <p>
          To process and deliver orders, to answer your questions, and, only if you ask for it, to
          send you our health newsletter. We do not sell or rent your personal information, and we
          never share what you buy with advertisers.
        </p>

        <h2 className={sectionHeading}>Cookies</h2>
        <p>
          We use a small number of essential cookies to keep your cart and your sign-in working. We
          don&apos;t use third-party advertising cookies.
        </p>

        <h2 className={sectionHeading}>Which articles lead to a purchase</h2>
        <p>
          To learn which of our articles help readers, we record, under an anonymous visitor cookie, the
          articles you read in the last 7 days, the products you open from an article, and, when you buy,
          which of those articles your order followed. We keep no address or browser details with it and
          share it with no one. If your browser sends Do Not Track or Global Privacy Control, we record none of it.
        </p>

        <h2 className={sectionHeading}>Your choices</h2>
        <p>
          You can see and update your details in your account at any time, unsubscribe from emails
          with one click, or ask us to delete your account and data.
        </p>

        <h2 className={sectionHeading}>Contact</h2>
        <p>
          Questions about your privacy? Write to{" "}
          <a href={`mailto:${CONTACT.email}`} className="text-leaf-700 underline">
            {CONTACT.email}
          </a>{" "}
          or {STORE_NAME}, {CONTACT.street}, {CONTACT.city}, {CONTACT.region} {CONTACT.postalCode}.
        </p>
      </div>
    </div>
  )
}
