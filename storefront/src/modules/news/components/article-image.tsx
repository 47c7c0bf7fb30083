import Image from "next/image"

import { canOptimizeImage, safeImageUrl } from "@/lib/util/images"

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
  return (
    <div className={`relative aspect-video overflow-hidden bg-sand-100 ${className}`}>
      <Image
        src={url.toString()}
        alt={alt}
        fill
        sizes={sizes}
        preload={preload}
        unoptimized={!canOptimizeImage(url)}
        className="object-cover"
      />
    </div>
  )
}
