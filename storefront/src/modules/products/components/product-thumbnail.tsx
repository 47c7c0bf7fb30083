import Image from "next/image"

import { canOptimizeImage, safeImageUrl } from "@/lib/util/images"
import { hashString, initialsOf } from "@/lib/util/product"

type ProductThumbnailProps = {
  src: string | null | undefined
  title: string
  className?: string
  /** next/image `sizes`, matching the grid the image sits in. */
  sizes?: string
  /** Preload (the main image of a product page). */
  preload?: boolean
}

/** Earthy gradient pairs for placeholders, picked by a hash of the title. */
const PALETTES = [
  ["#e1eddc", "#9bc28d", "#2b4625"],
  ["#f5f0e4", "#d9c7a1", "#5a4437"],
  ["#f2f7f0", "#c3dbb9", "#33572b"],
  ["#f7e4dc", "#e2b8a3", "#9a3f22"],
  ["#eef3f5", "#b7cdd6", "#2e4a57"],
  ["#f4efe2", "#cdd9a5", "#4a5a1f"],
] as const

/**
 * A product image through next/image, or, while the catalogue has no photos,
 * a generated tile: a soft gradient, a leaf motif and the product's initials.
 */
export default function ProductThumbnail({
  src,
  title,
  className = "",
  sizes = "(min-width: 1280px) 25vw, (min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw",
  preload = false,
}: ProductThumbnailProps) {
  const url = safeImageUrl(src)

  if (url) {
    return (
      <div className={`relative aspect-square overflow-hidden bg-sand-100 ${className}`}>
        <Image
          src={url.toString()}
          alt={title}
          fill
          sizes={sizes}
          preload={preload}
          unoptimized={!canOptimizeImage(url)}
          className="object-cover"
        />
      </div>
    )
  }

  const [from, to, ink] = PALETTES[hashString(title) % PALETTES.length]
  return (
    <div
      role="img"
      aria-label={`${title} (product photo coming soon)`}
      className={`relative flex aspect-square items-center justify-center overflow-hidden ${className}`}
      style={{ backgroundImage: `linear-gradient(135deg, ${from} 0%, ${to} 100%)`, color: ink }}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 100 100"
        className="absolute -right-6 -bottom-6 h-2/3 w-2/3 opacity-15"
        fill="currentColor"
      >
        <path d="M88 12C52 10 20 28 16 64c-1 8 1 15 4 20 3-12 10-26 24-38-9 13-15 26-17 41 36 2 60-26 61-75z" />
      </svg>
      <span aria-hidden="true" className="relative font-serif text-5xl font-semibold tracking-wide opacity-80">
        {initialsOf(title)}
      </span>
    </div>
  )
}
