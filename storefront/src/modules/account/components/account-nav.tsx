import Link from "next/link"

import LogoutButton from "@/modules/account/components/logout-button"

const LINKS = [
  { href: "/account", label: "Overview", key: "overview" },
  { href: "/account/orders", label: "Orders", key: "orders" },
  { href: "/account/addresses", label: "Addresses", key: "addresses" },
  { href: "/account/autoship", label: "Autoship", key: "autoship" },
  { href: "/account/club", label: "SmartSavings Club", key: "club" },
  { href: "/account/newsletter", label: "Newsletters", key: "newsletter" },
] as const

export type AccountSection = (typeof LINKS)[number]["key"]

export default function AccountNav({ active }: { active: AccountSection }) {
  return (
    <nav aria-label="Account" className="flex flex-col gap-4">
      <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
        {LINKS.map((link) => (
          <li key={link.key}>
            <Link
              href={link.href}
              aria-current={link.key === active ? "page" : undefined}
              className={`block rounded-md px-3 py-2 text-sm font-medium no-underline ${
                link.key === active ? "bg-leaf-700 text-white" : "text-leaf-800 hover:bg-leaf-50"
              }`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
      <LogoutButton />
    </nav>
  )
}
