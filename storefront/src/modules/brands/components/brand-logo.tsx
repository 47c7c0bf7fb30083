import { safeImageUrl } from "@/lib/util/images"
import CoverImage from "@/modules/common/components/cover-image"

/** A brand's square logo at a fixed size (decorative: the brand's name is always written beside it), or nothing. */
export default function BrandLogo({ src, size }: { src: string | null | undefined; size: "sm" | "lg" }) {
  const url = safeImageUrl(src)
  if (!url) {
    return null
  }
  const box = size === "sm" ? "h-14 w-14" : "h-24 w-24"
  return (
    <CoverImage
      url={url}
      alt=""
      aspect="aspect-square"
      className={`${box} shrink-0 rounded-lg border border-sand-200`}
      sizes={size === "sm" ? "56px" : "96px"}
      preload={false}
    />
  )
}
