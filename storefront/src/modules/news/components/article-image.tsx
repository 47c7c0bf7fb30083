import { safeImageUrl } from "@/lib/util/images"
import CoverImage from "@/modules/common/components/cover-image"

type ArticleImageProps = {
  src: string | null | undefined
  /** Decorative in cards (the title says it all); the hero passes the title. */
  alt?: string
  className?: string
  sizes?: string
  preload?: boolean
}

/** An article's hero image (16:9), or nothing when it has none or the URL isn't http(s). */
export default function ArticleImage({ src, alt = "", className = "", sizes = "100vw", preload = false }: ArticleImageProps) {
  const url = safeImageUrl(src)
  if (!url) {
    return null
  }
  return <CoverImage url={url} alt={alt} aspect="aspect-video" className={className} sizes={sizes} preload={preload} />
}
