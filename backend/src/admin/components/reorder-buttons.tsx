import { ArrowDownMini, ArrowUpMini } from "@medusajs/icons"
import { IconButton } from "@medusajs/ui"

type Props = {
  /** What moves, for the buttons' names ("Move Magnesium up"). */
  label: string
  index: number
  count: number
  disabled?: boolean
  onMove: (index: number, by: -1 | 1) => void
}

/** The up and down buttons of one row of an ordered list; the first can't go up, the last can't go down. */
export function ReorderButtons({ label, index, count, disabled, onMove }: Props) {
  return (
    <>
      <IconButton
        type="button"
        size="small"
        variant="transparent"
        aria-label={`Move ${label} up`}
        disabled={disabled || index === 0}
        onClick={() => onMove(index, -1)}
      >
        <ArrowUpMini />
      </IconButton>
      <IconButton
        type="button"
        size="small"
        variant="transparent"
        aria-label={`Move ${label} down`}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(index, 1)}
      >
        <ArrowDownMini />
      </IconButton>
    </>
  )
}
