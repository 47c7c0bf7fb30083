/* eslint-disable @next/next/no-img-element */

/** A small square product image (or a neutral placeholder). */
export default function LineItemThumbnail({ src, alt }: { src?: string | null; alt: string }) {
  if (!src) {
    return <div aria-hidden="true" className="h-16 w-16 shrink-0 rounded-md bg-sand-200 sm:h-20 sm:w-20" />
  }
  return (
    <img
      src={src}
      alt={alt}
      width={80}
      height={80}
      loading="lazy"
      className="h-16 w-16 shrink-0 rounded-md bg-sand-100 object-cover sm:h-20 sm:w-20"
    />
  )
}
