type ProductThumbnailProps = {
  src: string | null | undefined
  title: string
  className?: string
}

function safeImageUrl(src: string | null | undefined): string | null {
  if (!src) {
    return null
  }
  try {
    const url = new URL(src)
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null
  } catch {
    return null
  }
}

/** Product image, or a leafy placeholder with the product's initial when there is none. */
export default function ProductThumbnail({ src, title, className = "" }: ProductThumbnailProps) {
  const url = safeImageUrl(src)
  return (
    <div
      className={`flex aspect-square items-center justify-center overflow-hidden bg-gradient-to-br from-leaf-100 to-sand-200 ${className}`}
    >
      {url ? (
        // Plain <img>: product images come from the backend's file storage, any host.
        <img src={url} alt={title} loading="lazy" className="h-full w-full object-cover" />
      ) : (
        <span aria-hidden="true" className="font-serif text-5xl font-semibold text-leaf-600/60">
          {title.trim().charAt(0).toUpperCase() || "•"}
        </span>
      )}
    </div>
  )
}
