"use client"

import Image from "next/image"
import { useRef, useState, type KeyboardEvent } from "react"

export type GalleryImage = {
  src: string
  /** Hosts next/image can't optimise (decided on the server, where the configuration is). */
  unoptimized: boolean
}

type ProductGalleryProps = {
  images: GalleryImage[]
  title: string
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/**
 * The product page's pictures: the chosen one large (the page's LCP, preloaded), thumbnails to choose
 * another, and a zoom dialog. Arrow keys move between pictures, Enter or Space opens the zoom, Escape
 * closes it (the native <dialog>) and focus goes back to where it was.
 */
export default function ProductGallery({ images, title }: ProductGalleryProps) {
  const [index, setIndex] = useState(0)
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  const thumbs = useRef<(HTMLButtonElement | null)[]>([])
  const current = images[index]
  const many = images.length > 1

  const move = (by: number, focusThumb: boolean) => {
    const next = (index + by + images.length) % images.length
    setIndex(next)
    if (focusThumb) {
      thumbs.current[next]?.focus()
    }
  }
  const open = (from: HTMLElement) => {
    opener.current = from
    dialog.current?.showModal()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, focusThumb: boolean) => {
    const by = STEP[event.key]
    if (by && many) {
      event.preventDefault()
      move(by, focusThumb)
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault()
      open(event.currentTarget)
    }
  }
  const label = (i: number) => (many ? `${title}, picture ${i + 1} of ${images.length}` : title)

  return (
    <div className="flex flex-col gap-3">
      <button
        type="button"
        onClick={(event) => open(event.currentTarget)}
        onKeyDown={(event) => onKeyDown(event, false)}
        aria-label={`Zoom: ${label(index)}`}
        className="relative block aspect-square w-full cursor-zoom-in overflow-hidden rounded-xl bg-sand-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-leaf-600"
      >
        <Image
          src={current.src}
          alt={label(index)}
          fill
          sizes="(min-width: 1280px) 600px, (min-width: 768px) 50vw, 100vw"
          preload={index === 0}
          unoptimized={current.unoptimized}
          className="object-cover"
        />
      </button>

      {many ? (
        <ul aria-label="Pictures" className="flex flex-wrap gap-2">
          {images.map((image, i) => (
            <li key={image.src}>
              <button
                type="button"
                ref={(el) => {
                  thumbs.current[i] = el
                }}
                aria-label={`Show ${label(i)}`}
                aria-current={i === index ? "true" : undefined}
                tabIndex={i === index ? 0 : -1}
                onClick={() => setIndex(i)}
                onKeyDown={(event) => {
                  if (event.key === "Enter" || event.key === " ") {
                    setIndex(i)
                  }
                  onKeyDown(event, true)
                }}
                className={`relative block h-16 w-16 overflow-hidden rounded-md border-2 bg-sand-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-leaf-600 ${
                  i === index ? "border-leaf-600" : "border-transparent"
                }`}
              >
                <Image src={image.src} alt="" fill sizes="64px" unoptimized={image.unoptimized} className="object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <dialog
        ref={dialog}
        aria-label={`${title}, zoomed`}
        onKeyDown={(event) => {
          const by = STEP[event.key]
          if (by && many) {
            event.preventDefault()
            move(by, false)
          }
        }}
        onClose={() => opener.current?.focus()}
        onClick={(event) => {
          // A click on the backdrop (the dialog itself, not its content) closes it.
          if (event.target === event.currentTarget) {
            dialog.current?.close()
          }
        }}
        className="m-auto max-h-[95vh] w-[min(95vw,95vh)] overflow-hidden rounded-xl bg-white p-0 backdrop:bg-bark-900/80"
      >
        <div className="relative aspect-square w-full">
          <Image src={current.src} alt={label(index)} fill sizes="95vw" unoptimized={current.unoptimized} className="object-contain" />
        </div>
        <div className="flex items-center justify-between gap-2 p-3">
          {many ? (
            <div className="flex gap-2">
              <button type="button" onClick={() => move(-1, false)} className="rounded-md border border-sand-300 px-3 py-1 text-sm">
                Previous<span className="sr-only"> picture</span>
              </button>
              <button type="button" onClick={() => move(1, false)} className="rounded-md border border-sand-300 px-3 py-1 text-sm">
                Next<span className="sr-only"> picture</span>
              </button>
            </div>
          ) : (
            <span />
          )}
          <form method="dialog">
            <button type="submit" autoFocus className="rounded-md bg-leaf-700 px-3 py-1 text-sm font-medium text-white">
              Close
            </button>
          </form>
        </div>
      </dialog>
    </div>
  )
}
