import Image from "next/image"

import { canOptimizeImage } from "@/lib/util/images"

type CoverImageProps = {
  /** Already checked with safeImageUrl. */
  url: URL
  alt: string
  /** The frame's Tailwind aspect class, e.g. `aspect-video`. */
  aspect: string
  className: string
  sizes: string
  preload: boolean
}

/** A remote image cropped to fill a frame of the given aspect; hosts next/image can't optimise are served as they are. */
export default function CoverImage({ url, alt, aspect, className, sizes, preload }: CoverImageProps) {
  return (
    <div className={`relative ${aspect} overflow-hidden bg-sand-100 ${className}`}>
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
