/** What the SmartSavings Club is about (shown to everyone). */
export default function ClubBenefits({ percentOff }: { percentOff: number }) {
  return (
    <section aria-labelledby="club-benefits-heading" className="rounded-lg border border-sand-200 bg-white p-5">
      <h2 id="club-benefits-heading" className="mb-2 text-lg font-semibold text-bark-900">
        {percentOff}% member prices on everything
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-bark-700">
        <li>Save {percentOff}% on every supplement, every day: member prices show as soon as you log in.</li>
        <li>Free to join, no minimum order and no subscription.</li>
        <li>Works together with free standard shipping on orders from $49.</li>
      </ul>
    </section>
  )
}
