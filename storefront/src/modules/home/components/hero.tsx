import Link from "next/link"

export default function Hero() {
  return (
    <section
      aria-labelledby="hero-heading"
      className="relative overflow-hidden rounded-2xl bg-gradient-to-br from-leaf-700 via-leaf-600 to-leaf-500 px-6 py-12 text-sand-50 sm:px-10 sm:py-16"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 100 100"
        className="absolute -top-10 -right-10 h-72 w-72 text-white opacity-10 sm:h-96 sm:w-96"
        fill="currentColor"
      >
        <path d="M88 12C52 10 20 28 16 64c-1 8 1 15 4 20 3-12 10-26 24-38-9 13-15 26-17 41 36 2 60-26 61-75z" />
      </svg>
      <div className="relative max-w-2xl">
        <p className="mb-3 text-sm font-semibold tracking-wide text-leaf-100 uppercase">
          Natural supplements &amp; health news
        </p>
        <h1 id="hero-heading" className="font-serif text-3xl leading-tight font-semibold sm:text-5xl">
          Gentle, natural support for living well with chronic illness
        </h1>
        <p className="mt-4 text-lg text-leaf-50">
          Carefully chosen supplements for fibromyalgia, chronic fatigue, sleep and energy, from
          brands we trust, backed by our 100% satisfaction guarantee.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link
            href="/store"
            className="rounded-md bg-white px-5 py-3 font-semibold text-leaf-800 no-underline shadow-sm hover:bg-sand-100 focus-visible:outline-white"
          >
            Shop all supplements
          </Link>
          <Link
            href="/collections/deals"
            className="rounded-md border border-white/70 px-5 py-3 font-semibold text-white no-underline hover:bg-white/10 focus-visible:outline-white"
          >
            See deals &amp; specials
          </Link>
        </div>
      </div>
    </section>
  )
}
