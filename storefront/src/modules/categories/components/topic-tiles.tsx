import Link from "next/link"

import type { Category } from "@/lib/data/categories"

type TopicTilesProps = {
  categories: Category[]
  /** Heading level of each tile's name. */
  headingLevel?: 2 | 3
}

const TILE_TONES = [
  "from-leaf-50 to-leaf-100 border-leaf-200",
  "from-sand-50 to-sand-200 border-sand-300",
  "from-leaf-100 to-sand-100 border-leaf-200",
] as const

/** One tile per health topic, linking to /categories/<handle>. */
export default function TopicTiles({ categories, headingLevel = 3 }: TopicTilesProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <ul className="grid grid-cols-1 gap-4 min-[420px]:grid-cols-2 lg:grid-cols-5">
      {categories.map((category, index) => (
        <li key={category.id}>
          <article
            className={`group relative flex h-full flex-col gap-2 rounded-xl border bg-gradient-to-br p-4 transition hover:shadow-md ${TILE_TONES[index % TILE_TONES.length]}`}
          >
            <Heading className="font-serif text-lg font-semibold text-leaf-800">
              <Link
                href={`/categories/${encodeURIComponent(category.handle)}`}
                className="no-underline group-hover:underline after:absolute after:inset-0 after:content-['']"
              >
                {category.name}
              </Link>
            </Heading>
            {category.description ? (
              <p className="line-clamp-3 text-sm text-bark-700">{category.description}</p>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  )
}
