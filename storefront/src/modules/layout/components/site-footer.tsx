import Link from "next/link"

import { getStoreContact } from "@/lib/data/pages"
import { STORE_NAME } from "@/lib/site"
import NewsletterSignup from "@/modules/newsletter/components/newsletter-signup"

const COLUMNS = [
  {
    id: "footer-company",
    heading: "Our company",
    links: [
      { href: "/our-story", label: "Our Story" },
      { href: "/guarantee", label: "Guarantee" },
      { href: "/affiliate-program", label: "Affiliate Program" },
      { href: "/wholesale", label: "Become a Wholesaler" },
      { href: "/vendor-inquiries", label: "Vendor Inquiries" },
    ],
  },
  {
    id: "footer-service",
    heading: "Customer service",
    links: [
      { href: "/contact", label: "Contact Us" },
      { href: "/help", label: "Customer Service" },
      { href: "/help#shipping", label: "Help: shipping & returns" },
      { href: "/account/orders", label: "Order status" },
      { href: "/account/club", label: "Verdant Club" },
      { href: "/brands", label: "Brands A–Z" },
    ],
  },
]

const LEGAL_LINKS = [
  { href: "/privacy", label: "Privacy" },
  { href: "/terms", label: "Terms" },
]

export default async function SiteFooter() {
  // The phone and address are store settings; without them the footer still links the contact form.
  const contact = await getStoreContact()
  const headingClasses = "mb-3 font-serif text-base font-semibold text-bark-900"
  return (
    <footer className="mt-16 border-t border-sand-200 bg-sand-100 text-sm text-bark-700">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-4">
        {COLUMNS.map((column) => (
          <nav key={column.id} aria-labelledby={column.id}>
            <h2 id={column.id} className={headingClasses}>
              {column.heading}
            </h2>
            <ul className="space-y-2">
              {column.links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="text-bark-700 hover:text-leaf-700">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ))}

        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className={headingClasses}>
            Contact us
          </h2>
          <address className="space-y-1 not-italic" data-testid="footer-contact">
            <p>{STORE_NAME}</p>
            {contact ? (
              <>
                <p>{contact.street}</p>
                <p>
                  {contact.city}, {contact.region} {contact.postal_code}
                </p>
                <p>
                  <a href={`tel:${contact.phone}`} className="text-bark-700 hover:text-leaf-700">
                    {contact.phone_display}
                  </a>{" "}
                  <span className="text-bark-500">({contact.hours})</span>
                </p>
                <p>
                  <a href={`mailto:${contact.email}`} className="text-bark-700 hover:text-leaf-700">
                    {contact.email}
                  </a>
                </p>
              </>
            ) : null}
            <p>
              <Link href="/contact" className="text-bark-700 hover:text-leaf-700">
                Write to us
              </Link>
            </p>
          </address>
        </section>

        <section id="newsletter-signup" aria-labelledby="newsletter-heading">
          <h2 id="newsletter-heading" className={headingClasses}>
            Health news in your inbox
          </h2>
          <NewsletterSignup source="footer" compact />
        </section>
      </div>

      <div className="border-t border-sand-200">
        <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-xs text-bark-600">
          <p>
            These statements have not been evaluated by the Food and Drug Administration. Our
            products are not intended to diagnose, treat, cure or prevent any disease.
          </p>
          <p>
            © {new Date().getFullYear()} {STORE_NAME}
            {LEGAL_LINKS.map((link) => (
              <span key={link.href}>
                {" · "}
                <Link href={link.href} className="text-bark-600 hover:text-leaf-700">
                  {link.label}
                </Link>
              </span>
            ))}
          </p>
        </div>
      </div>
    </footer>
  )
}
