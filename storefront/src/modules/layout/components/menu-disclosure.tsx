"use client"

import { useRef, type ReactNode } from "react"

/**
 * The small-screen menu: a <details> (so it opens without JavaScript) that Escape also closes,
 * handing focus back to its toggle, as a menu button does.
 */
export default function MenuDisclosure({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null)
  return (
    <details
      ref={ref}
      className={className}
      onKeyDown={(event) => {
        if (event.key === "Escape" && ref.current?.open) {
          ref.current.open = false
          ref.current.querySelector("summary")?.focus()
        }
      }}
    >
      {children}
    </details>
  )
}
