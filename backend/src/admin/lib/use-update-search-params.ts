import { useSearchParams } from "react-router-dom"

/**
 * Changes some of the page's search params in place (no new history entry): a value sets its param,
 * undefined or "" removes it. The list pages keep their filters and page there.
 */
export function useUpdateSearchParams() {
  const [searchParams, setSearchParams] = useSearchParams()

  const updateParams = (changes: Record<string, string | undefined>) => {
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: true }
    )
  }

  return [searchParams, updateParams] as const
}
