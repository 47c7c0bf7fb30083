import Link from "next/link"

import { STORE_NAME, STORE_TAGLINE } from "@/lib/site"
import AccountLink from "@/modules/account/components/account-link"
import CartButton from "@/modules/cart/components/cart-button"
import HeaderStatusSync from "@/modules/common/components/header-status"
import MenuDisclosure from "@/modules/layout/components/menu-disclosure"
import { MAIN_NAV } from "@/modules/layout/components/nav-links"
import InstantSearch from "@/modules/search/components/instant-search"

function Logo() {
  return (
    <Link href="/" className="group flex items-center gap-2 no-underline">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="hidden h-8 w-8 shrink-0 text-leaf-600 min-[400px]:block">
        <circle cx="16" cy="16" r="15" fill="currentColor" opacity="0.12" />
        <path
          fill="currentColor"
          d="M25 7C15 6 8 11 7 20c0 2 .5 4 1.5 5.5C10 22 12 18 16 15c-3 4-5 7.5-5.5 11.5C20 27 25.5 19 25 7z"
        />
      </svg>
      <span className="flex flex-col leading-tight">
        <span className="font-serif text-lg font-semibold tracking-tight text-leaf-800 group-hover:text-leaf-600 sm:text-2xl">
          {STORE_NAME}
        </span>
        <span className="hidden text-xs text-bark-600 sm:block">{STORE_TAGLINE}</span>
      </span>
    </Link>
  )
}

export default function SiteHeader() {
  const linkClasses =
    "block rounded-md px-3 py-2 text-sm font-medium text-sand-50 no-underline hover:bg-leaf-800 hover:text-white focus-visible:outline-white"

  return (
    <header className="border-b border-sand-200 bg-white">
      <a
        href="#main-content"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-leaf-800"
      >
        Skip to content
      </a>

      {/* Small screens: logo + account/cart on one row, search below; wide: all three in a row. */}
      <div className="mx-auto grid max-w-6xl grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-3 px-4 py-3 md:grid-cols-[auto_minmax(0,28rem)_1fr] md:gap-x-6">
        <div className="min-w-0">
          <Logo />
        </div>
        <InstantSearch className="col-span-2 row-start-2 md:col-span-1 md:col-start-2 md:row-start-1" />
        <div className="col-start-2 row-start-1 flex items-center justify-self-end gap-3 text-sm sm:gap-4 md:col-start-3">
          {/* Per-shopper: rendered in the browser (see header-status.tsx), so pages stay cacheable. */}
          <AccountLink />
          <CartButton />
          <HeaderStatusSync renderToken={{}} />
        </div>
      </div>

      <div className="bg-leaf-700">
        {/* Wide screens: the whole menu in one bar. */}
        <nav aria-label="Main" className="mx-auto hidden max-w-6xl px-2 md:block">
          <ul className="flex flex-wrap items-center gap-1 py-1">
            {MAIN_NAV.map((link) => (
              <li key={link.href}>
                <Link href={link.href} title={link.title} className={linkClasses}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        {/* Small screens: a disclosure that opens without JavaScript; Escape closes it (menu-disclosure.tsx). */}
        <MenuDisclosure className="group mx-auto max-w-6xl px-4 md:hidden">
          <summary className="flex cursor-pointer list-none items-center justify-between py-2 text-sm font-semibold text-sand-50 focus-visible:outline-white [&::-webkit-details-marker]:hidden">
            <span>Menu</span>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 transition-transform group-open:rotate-180" fill="currentColor">
              <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4z" />
            </svg>
          </summary>
          <nav aria-label="Main">
            <ul className="grid grid-cols-2 gap-1 pb-3">
              {MAIN_NAV.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} title={link.title} className={linkClasses}>
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </MenuDisclosure>
      </div>
    </header>
  )
}
