export type NavLink = { href: string; label: string; title?: string }

/** The main navigation, shared by the desktop bar and the mobile menu. */
export const MAIN_NAV: NavLink[] = [
  { href: "/store", label: "Store" },
  { href: "/news", label: "News", title: "Health news" },
  { href: "/forums", label: "Forums", title: "Readers' forums by health topic" },
  { href: "/brands", label: "Brands" },
  { href: "/brands#a", label: "A–Z", title: "Brands from A to Z" },
  { href: "/collections/best-sellers", label: "Best Sellers" },
  { href: "/collections/new-products", label: "New" },
  { href: "/collections/deals", label: "Deals" },
  { href: "/store?max_price=10", label: "Under $10" },
  { href: "/account/club", label: "Club" },
  { href: "/help", label: "Help", title: "Shipping, returns, payment and autoship questions" },
]
