import { AUTOSHIP_PAUSE_MEMBERSHIP_DAYS, type Autoship } from "@supplement-store/contract"
import Link from "next/link"

import AutoshipCommandForm from "@/modules/autoship/components/autoship-command-form"
import { intervalLabel } from "@/modules/autoship/utils"

/** The second step of Cancel (`?confirm=cancel&id=`), so one stray click never cancels. */
export default function CancelAutoshipConfirmation({ autoship }: { autoship: Autoship }) {
  const products = autoship.lines.map((line) => line.product_title ?? "A product no longer sold").join(", ")
  return (
    <section aria-labelledby="cancel-autoship-heading" className="flex flex-col gap-3 rounded-lg border border-clay-700/30 bg-clay-100 p-5">
      <h2 id="cancel-autoship-heading" className="text-lg font-semibold text-bark-900">
        Cancel this autoship?
      </h2>
      <p className="text-bark-700">
        {`${intervalLabel(autoship.interval_days)}: ${products}.`} Nothing more will ship. If it is your last autoship, your club member
        prices end too. Pausing instead keeps your membership for up to {AUTOSHIP_PAUSE_MEMBERSHIP_DAYS} days.
      </p>
      <AutoshipCommandForm
        autoshipId={autoship.id}
        buttons={[{ command: "cancel", label: "Yes, cancel autoship", pendingLabel: "Cancelling…", variant: "primary" }]}
      >
        <Link href="/account/autoship" className="text-sm font-medium text-leaf-700 underline">
          Keep my autoship
        </Link>
      </AutoshipCommandForm>
    </section>
  )
}
