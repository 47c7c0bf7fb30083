export function SaleBadge() {
  return (
    <span className="inline-block rounded-full bg-clay-700 px-2.5 py-0.5 text-xs font-semibold tracking-wide text-white uppercase">
      Sale
    </span>
  )
}

export default function OutOfStockBadge() {
  return (
    <span className="inline-block rounded-full bg-clay-100 px-2.5 py-0.5 text-xs font-semibold tracking-wide text-clay-700 uppercase">
      Out of stock
    </span>
  )
}
