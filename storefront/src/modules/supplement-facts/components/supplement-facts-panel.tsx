import { DIET_LABELS, type SupplementFacts } from "@supplement-store/contract"

const formatAmount = (amount: number) => amount.toLocaleString("en-US", { maximumFractionDigits: 3 })

/**
 * A product's label as US packaging prints it: the Supplement Facts box (serving, a table of amounts
 * and % Daily Values), then other ingredients, diets, testing, suggested use and warnings. The table
 * has a caption, column headers and a header cell per row, so a screen reader names each cell
 * ("Magnesium, Amount Per Serving, 200 mg"), and "†" is read out in words.
 */
export default function SupplementFactsPanel({ facts }: { facts: SupplementFacts }) {
  const dailyValueMissing = facts.ingredients.some((ingredient) => ingredient.daily_value_percent === null)
  return (
    <section aria-labelledby="supplement-facts-heading" className="border-t border-sand-200 pt-5" data-testid="supplement-facts">
      <div className="max-w-md border-2 border-bark-900 bg-white p-3 text-bark-900">
        <h2 id="supplement-facts-heading" className="text-3xl leading-none font-black tracking-tight">
          Supplement Facts
        </h2>
        <dl className="mt-1 text-sm">
          <div className="flex gap-1">
            <dt>Serving Size</dt>
            <dd>{facts.serving_size}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Servings Per Container</dt>
            <dd>{facts.servings_per_container}</dd>
          </div>
        </dl>

        <table className="mt-1 w-full border-t-8 border-bark-900 text-sm">
          <caption className="sr-only">Supplement Facts, per serving of {facts.serving_size}</caption>
          <thead>
            <tr className="border-b border-bark-900 text-xs">
              <th scope="col" className="py-1 text-left">
                <span className="sr-only">Ingredient</span>
              </th>
              <th scope="col" className="py-1 text-right font-bold">
                Amount Per Serving
              </th>
              <th scope="col" className="py-1 pl-3 text-right font-bold">
                % Daily Value
              </th>
            </tr>
          </thead>
          <tbody className="border-b-8 border-bark-900">
            {facts.ingredients.map((ingredient) => (
              <tr key={ingredient.name} className="border-b border-bark-400 last:border-b-0">
                <th scope="row" className="py-1 pr-2 text-left font-semibold">
                  {ingredient.name}
                </th>
                <td className="py-1 text-right whitespace-nowrap">
                  {formatAmount(ingredient.amount)} {ingredient.unit}
                </td>
                <td className="py-1 pl-3 text-right font-semibold">
                  {ingredient.daily_value_percent === null ? (
                    <>
                      <span aria-hidden="true">†</span>
                      <span className="sr-only">Not established</span>
                    </>
                  ) : (
                    `${formatAmount(ingredient.daily_value_percent)}%`
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {dailyValueMissing ? <p className="mt-1 text-xs">† Daily Value not established.</p> : null}
      </div>

      <div className="mt-4 flex max-w-md flex-col gap-3 text-sm text-bark-700">
        {facts.other_ingredients.length > 0 ? (
          <p>
            <span className="font-semibold text-bark-900">Other ingredients:</span> {facts.other_ingredients.join(", ")}.
          </p>
        ) : null}

        {facts.diets.length > 0 || facts.third_party_tested ? (
          <ul aria-label="Diets and testing" className="flex flex-wrap gap-2">
            {facts.diets.map((diet) => (
              <li key={diet} className="rounded-full border border-leaf-200 bg-leaf-50 px-3 py-1 text-xs font-medium text-leaf-800">
                {DIET_LABELS[diet]}
              </li>
            ))}
            {facts.third_party_tested ? (
              <li className="rounded-full border border-bark-400 px-3 py-1 text-xs font-medium text-bark-900">
                <span aria-hidden="true">✓ </span>Third-party tested
              </li>
            ) : null}
          </ul>
        ) : null}

        <div>
          <h3 className="font-semibold text-bark-900">Suggested use</h3>
          <p className="whitespace-pre-line">{facts.suggested_use}</p>
        </div>

        {facts.warnings ? (
          <div>
            <h3 className="font-semibold text-bark-900">Warnings</h3>
            <p className="whitespace-pre-line">{facts.warnings}</p>
          </div>
        ) : null}
      </div>
    </section>
  )
}
