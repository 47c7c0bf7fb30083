import { safeImageUrl } from "@/lib/util/images"
import CoverImage from "@/modules/common/components/cover-image"

/** A small square product image (or a neutral placeholder). */
export default function LineItemThumbnail({ src, alt }: { src?: string | null; alt: string }) {
  const url = safeImageUrl(src)
  if (!url) {
    return <div aria-hidden="true" className="h-16 w-16 shrink-0 rounded-md bg-sand-200 sm:h-20 sm:w-20" />
  }
  return (
    <CoverImage
      url={url}
      alt={alt}
      aspect="aspect-square"
      className="h-16 w-16 shrink-0 rounded-md sm:h-20 sm:w-20"
      sizes="80px"
      preload={false}
    />
  )
}
