import { safeImageUrl } from "@/lib/util/images"
import { hashString, initialsOf } from "@/lib/util/product"
import CoverImage from "@/modules/common/components/cover-image"

type ProductThumbnailProps = {
  src: string | null | undefined
  title: string
  className?: string
  /** next/image `sizes`, matching the grid the image sits in. */
  sizes?: string
  /** Preload (the main image of a product page). */
  preload?: boolean
}

/** Earthy gradient palettes for placeholders (`product-tile-0` to `-5` in globals.css). */
const PALETTE_COUNT = 6

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
      <CoverImage url={url} alt={title} aspect="aspect-square" className={className} sizes={sizes} preload={preload} />
    )
  }

  // Gradient, ink colour and leaf motif come from the stylesheet: listings show dozens of these.
  const palette = hashString(title) % PALETTE_COUNT
  return (
    <div
      role="img"
      aria-label={`${title} (product photo coming soon)`}
      className={`product-tile product-tile-${palette} relative flex aspect-square items-center justify-center overflow-hidden ${className}`}
    >
      <span aria-hidden="true" className="relative font-serif text-5xl font-semibold tracking-wide opacity-80">
        {initialsOf(title)}
      </span>
    </div>
  )
}
