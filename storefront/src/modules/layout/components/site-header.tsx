import Link from "next/link"

import { STORE_NAME, STORE_TAGLINE } from "@/lib/site"

export default function SiteHeader() {
  return (
    <header className="border-b border-leaf-800 bg-leaf-700 text-sand-50">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-5 sm:flex-row sm:items-baseline sm:justify-between">
        <Link href="/" className="font-serif text-2xl font-semibold tracking-tight no-underline hover:text-white">
          {STORE_NAME}
        </Link>
        <p className="text-sm text-leaf-100">{STORE_TAGLINE}</p>
      </div>
    </header>
  )
}
