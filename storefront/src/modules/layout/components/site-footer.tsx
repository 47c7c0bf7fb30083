import Link from "next/link"

import { CONTACT, GUARANTEE, STORE_NAME } from "@/lib/site"
import NewsletterSignup from "@/modules/newsletter/components/newsletter-signup"

const CUSTOMER_SERVICE_LINKS = [
  { href: "/account", label: "Your account" },
  { href: "/account/orders", label: "Order status" },
  { href: "/account/club", label: "Verdant Club" },
  { href: "/cart", label: "Cart" },
  { href: "/brands", label: "Brands A–Z" },
  { href: "/privacy", label: "Privacy policy" },
]

export default function SiteFooter() {
  const headingClasses = "mb-3 font-serif text-base font-semibold text-bark-900"
  return (
    <footer className="mt-16 border-t border-sand-200 bg-sand-100 text-sm text-bark-700">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-4">
        <section aria-labelledby="footer-guarantee">
          <h2 id="footer-guarantee" className={headingClasses}>
            {GUARANTEE.title}
          </h2>
          <p>{GUARANTEE.text}</p>
        </section>

        <nav aria-labelledby="footer-service">
          <h2 id="footer-service" className={headingClasses}>
            Customer service
          </h2>
          <ul className="space-y-2">
            {CUSTOMER_SERVICE_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-bark-700 hover:text-leaf-700">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className={headingClasses}>
            Contact us
          </h2>
          <address className="space-y-1 not-italic">
            <p>{STORE_NAME}</p>
            <p>{CONTACT.street}</p>
            <p>
              {CONTACT.city}, {CONTACT.region} {CONTACT.postalCode}
            </p>
            <p>
              <a href={`tel:${CONTACT.phone}`} className="text-bark-700 hover:text-leaf-700">
                {CONTACT.phoneDisplay}
              </a>{" "}
              <span className="text-bark-500">({CONTACT.hours})</span>
            </p>
            <p>
              <a href={`mailto:${CONTACT.email}`} className="text-bark-700 hover:text-leaf-700">
                {CONTACT.email}
              </a>
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
            © {new Date().getFullYear()} {STORE_NAME} ·{" "}
            <Link href="/privacy" className="text-bark-600 hover:text-leaf-700">
              Privacy
            </Link>
          </p>
        </div>
      </div>
    </footer>
  )
}
