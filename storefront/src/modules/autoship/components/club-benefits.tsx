import { AUTOSHIP_PAUSE_MEMBERSHIP_DAYS } from "@supplement-store/contract"

/** What the SmartSavings Club is about (shown to everyone): the autoship programme. */
export default function ClubBenefits({ percentOff, intervals }: { percentOff: number; intervals: number[] }) {
  const schedule = intervals.length > 1 ? `every ${Math.min(...intervals)} to ${Math.max(...intervals)} days` : `every ${intervals[0]} days`
  return (
    <section aria-labelledby="club-benefits-heading" className="rounded-lg border border-sand-200 bg-white p-5">
      <h2 id="club-benefits-heading" className="mb-2 text-lg font-semibold text-bark-900">
        Autoship and save {percentOff}% on everything
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-bark-700">
        <li>Choose &ldquo;Autoship &amp; save&rdquo; on any product and it ships again {schedule}, as you choose.</li>
        <li>
          While you have an active autoship you are a club member: {percentOff}% member prices on everything you buy, not only your
          autoship.
        </li>
        <li>Autoship orders ship free with standard shipping.</li>
        <li>Skip, change or cancel any time. Pausing keeps your membership for {AUTOSHIP_PAUSE_MEMBERSHIP_DAYS} days.</li>
      </ul>
    </section>
  )
}
