import Link from "next/link"

import type { Brand } from "@/lib/data/brands"
import BrandLogo from "@/modules/brands/components/brand-logo"

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("")

/** "A"–"Z" for names starting with a letter (accents folded), "#" otherwise. */
function letterOf(name: string): string {
  const first = name.trim().normalize("NFD").charAt(0).toUpperCase()
  return /^[A-Z]$/.test(first) ? first : "#"
}

function anchorOf(letter: string): string {
  return letter === "#" ? "other" : letter.toLowerCase()
}

export default function BrandIndex({ brands }: { brands: Brand[] }) {
  const groups = new Map<string, Brand[]>()
  for (const brand of brands) {
    const letter = letterOf(brand.name)
    groups.set(letter, [...(groups.get(letter) ?? []), brand])
  }
  const letters = [...ALPHABET, "#"]

  return (
    <div>
      <nav aria-label="Brands by letter" className="sticky top-0 z-10 -mx-4 mb-8 bg-sand-50/95 px-4 py-3 backdrop-blur">
        <ul className="flex flex-wrap gap-1">
          {letters.map((letter) =>
            groups.has(letter) ? (
              <li key={letter}>
                <a
                  href={`#${anchorOf(letter)}`}
                  className="flex h-9 min-w-9 items-center justify-center rounded-md border border-leaf-300 bg-white px-2 text-sm font-semibold text-leaf-800 no-underline hover:bg-leaf-600 hover:text-white"
                >
                  {letter}
                </a>
              </li>
            ) : letter === "#" ? null : (
              <li key={letter}>
                <span
                  aria-hidden="true"
                  className="flex h-9 min-w-9 items-center justify-center rounded-md border border-sand-200 px-2 text-sm text-bark-400"
                >
                  {letter}
                </span>
              </li>
            )
          )}
        </ul>
      </nav>

      <div className="space-y-10">
        {letters
          .filter((letter) => groups.has(letter))
          .map((letter) => (
            <section key={letter} id={anchorOf(letter)} aria-labelledby={`letter-${anchorOf(letter)}`} className="scroll-mt-20">
              <h2
                id={`letter-${anchorOf(letter)}`}
                className="mb-4 border-b border-sand-200 pb-2 font-serif text-2xl font-semibold text-leaf-800"
              >
                {letter === "#" ? "0–9 & others" : letter}
              </h2>
              <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {groups.get(letter)!.map((brand) => (
                  <li key={brand.id}>
                    <article className="group relative flex h-full gap-4 rounded-lg border border-sand-200 bg-white p-4 hover:border-leaf-300 hover:shadow-sm">
                      <BrandLogo src={brand.logo_url} size="sm" />
                      <div className="flex min-w-0 flex-col gap-1">
                        <h3 className="font-semibold text-bark-900">
                          <Link
                            href={`/brands/${encodeURIComponent(brand.handle)}`}
                            className="no-underline group-hover:text-leaf-700 after:absolute after:inset-0 after:content-['']"
                          >
                            {brand.name}
                          </Link>
                        </h3>
                        <p className="text-sm text-leaf-700">
                          {brand.product_count === 1 ? "1 product" : `${brand.product_count} products`}
                        </p>
                        {brand.description ? <p className="line-clamp-2 text-sm text-bark-600">{brand.description}</p> : null}
                      </div>
                    </article>
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </div>
    </div>
  )
}
