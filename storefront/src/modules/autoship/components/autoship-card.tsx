import type { Autoship } from "@supplement-store/contract"
import Link from "next/link"

import { formatAmount } from "@/lib/util/money"
import AutoshipChangeForm from "@/modules/autoship/components/autoship-change-form"
import AutoshipCommandForm, { type AutoshipCommandButton } from "@/modules/autoship/components/autoship-command-form"
import { CYCLE_OUTCOME_LABELS, formatAutoshipDate, intervalLabel, STATUS_LABELS } from "@/modules/autoship/utils"
import LineItemThumbnail from "@/modules/cart/components/line-item-thumbnail"
import AddressSummary from "@/modules/checkout/components/address-summary"

const RECENT_CYCLES = 5

/** What each status lets the customer do (the backend refuses the rest anyway). */
function buttonsFor(status: Autoship["status"]): AutoshipCommandButton[] {
  const skip: AutoshipCommandButton = { command: "skip", label: "Skip next", pendingLabel: "Working…", variant: "secondary" }
  const orderNow: AutoshipCommandButton = { command: "order-now", label: "Order now", pendingLabel: "Working…", variant: "primary" }
  const pause: AutoshipCommandButton = { command: "pause", label: "Pause", pendingLabel: "Working…", variant: "secondary" }
  const resume: AutoshipCommandButton = { command: "resume", label: "Resume", pendingLabel: "Working…", variant: "primary" }
  switch (status) {
    case "active":
      return [orderNow, skip, pause]
    case "payment_failed":
      return [orderNow, pause]
    case "paused":
      return [resume]
    case "cancelled":
      return []
  }
}

const statusClasses: Record<Autoship["status"], string> = {
  active: "bg-leaf-100 text-leaf-800",
  paused: "bg-sand-200 text-bark-900",
  cancelled: "bg-sand-100 text-bark-600",
  payment_failed: "bg-clay-100 text-clay-700",
}

/** One autoship on /account/autoship: what, how often, where, how paid, its last cycles and its buttons. */
export default function AutoshipCard({ autoship, intervals }: { autoship: Autoship; intervals: number[] }) {
  const headingId = `autoship-${autoship.id}-heading`
  const cycles = [...autoship.cycles].sort((a, b) => b.due_at.localeCompare(a.due_at)).slice(0, RECENT_CYCLES)
  const buttons = buttonsFor(autoship.status)

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-lg border border-sand-200 bg-white p-5"
      data-testid="autoship"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} className="text-lg font-semibold text-bark-900">
          {`Autoship ${intervalLabel(autoship.interval_days).toLowerCase()}`}
        </h2>
        <span className={`rounded-full px-3 py-0.5 text-sm font-semibold ${statusClasses[autoship.status]}`} data-testid="autoship-status">
          {STATUS_LABELS[autoship.status]}
        </span>
      </div>

      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {autoship.status === "active" || autoship.status === "payment_failed" ? (
          <div>
            <dt className="font-semibold text-bark-900">Next delivery</dt>
            <dd className="text-bark-700" data-testid="autoship-next-date">
              {formatAutoshipDate(autoship.next_order_at)}
            </dd>
          </div>
        ) : null}
        {autoship.status === "paused" && autoship.paused_at ? (
          <div>
            <dt className="font-semibold text-bark-900">Paused since</dt>
            <dd className="text-bark-700">{formatAutoshipDate(autoship.paused_at)}</dd>
          </div>
        ) : null}
        <div>
          <dt className="font-semibold text-bark-900">How often</dt>
          <dd className="text-bark-700">{intervalLabel(autoship.interval_days)}</dd>
        </div>
        <div>
          <dt className="font-semibold text-bark-900">Ships to</dt>
          <dd>
            <AddressSummary address={autoship.shipping_address} />
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-bark-900">Payment</dt>
          <dd className="text-bark-700">{autoship.payment.label}</dd>
        </div>
      </dl>

      <ul className="divide-y divide-sand-200 rounded-md border border-sand-200" aria-label="Products in this autoship">
        {autoship.lines.map((line) => {
          const title = line.product_title ?? "A product no longer sold"
          return (
            <li key={line.id} className="flex items-center gap-3 p-3" data-testid="autoship-line">
              <LineItemThumbnail src={line.thumbnail} alt="" />
              <div className="min-w-0 flex-1">
                <p className="font-medium text-bark-900">
                  {line.product_handle ? (
                    <Link href={`/products/${encodeURIComponent(line.product_handle)}`} className="hover:underline">
                      {title}
                    </Link>
                  ) : (
                    title
                  )}
                </p>
                {line.variant_title ? <p className="text-sm text-bark-600">{line.variant_title}</p> : null}
                {line.in_stock ? null : <p className="text-sm font-medium text-clay-700">Out of stock: skipped until it is back</p>}
              </div>
              <p className="text-sm text-bark-700">
                <span className="sr-only">Quantity: </span>× {line.quantity}
                {line.unit_price !== null ? (
                  <span className="block text-bark-600">{formatAmount(line.unit_price, autoship.currency_code)} each</span>
                ) : null}
              </p>
            </li>
          )
        })}
      </ul>

      {cycles.length > 0 ? (
        <div>
          <h3 className="mb-1 text-sm font-semibold text-bark-900">Recent deliveries</h3>
          <ul className="flex flex-col gap-1 text-sm text-bark-700">
            {cycles.map((cycle) => (
              <li key={cycle.id} data-testid="autoship-cycle">
                {formatAutoshipDate(cycle.due_at)}: {CYCLE_OUTCOME_LABELS[cycle.outcome]}
                {cycle.order_id ? (
                  <>
                    {" "}
                    <Link href={`/account/orders/${encodeURIComponent(cycle.order_id)}`} className="font-medium text-leaf-700 underline">
                      {cycle.order_display_id !== null ? `Order #${cycle.order_display_id}` : "See the order"}
                    </Link>
                  </>
                ) : null}
                {cycle.message ? <span className="text-bark-600"> ({cycle.message})</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {autoship.status !== "cancelled" ? (
        <>
          <AutoshipCommandForm autoshipId={autoship.id} buttons={buttons}>
            <Link
              href={`/account/autoship?confirm=cancel&id=${encodeURIComponent(autoship.id)}`}
              className="text-sm font-medium text-clay-700 underline hover:text-bark-900"
            >
              Cancel autoship
            </Link>
          </AutoshipCommandForm>
          <AutoshipChangeForm autoship={autoship} intervals={intervals} />
        </>
      ) : null}
    </section>
  )
}
