export default function OutOfStockBadge() {
  return (
    <span className="inline-block rounded-full bg-clay-100 px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-clay-700">
      Out of stock
    </span>
  )
}
