"use client"

import { useEffect, useId, useState } from "react"

import { intervalLabel, type ExistingAutoshipChoice } from "@/modules/autoship/utils"

type PurchaseChoiceProps = {
  intervals: number[]
  percentOff: number
  /** What a member pays for the selected variant, formatted; null when there is no member price. */
  memberPrice: string | null
}

type Purchase = "one_time" | "autoship" | "existing"

function parseChoices(body: unknown): ExistingAutoshipChoice[] {
  const list = (body as { autoships?: unknown } | null)?.autoships
  return Array.isArray(list)
    ? list.filter((item): item is ExistingAutoshipChoice => typeof item?.id === "string" && typeof item?.label === "string")
    : []
}

const optionClasses =
  "flex cursor-pointer items-start gap-3 rounded-md border px-4 py-3 has-checked:border-leaf-600 has-checked:bg-leaf-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-leaf-600"

/**
 * "One-time purchase" or "Autoship & save" (with its interval), and for a customer who already has an
 * active autoship, "Add to my existing autoship". Fields of the add-to-cart form: without JavaScript
 * the first two work as a plain form post; the third needs the customer's autoships, which the cached
 * page asks for from the browser.
 */
export default function PurchaseChoice({ intervals, percentOff, memberPrice }: PurchaseChoiceProps) {
  const [purchase, setPurchase] = useState<Purchase>("one_time")
  const [existing, setExisting] = useState<ExistingAutoshipChoice[]>([])
  const id = useId()

  useEffect(() => {
    let current = true
    fetch("/api/autoships", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => {
        if (current) setExisting(parseChoices(body))
      })
      .catch(() => {})
    return () => {
      current = false
    }
  }, [])

  const radio = (value: Purchase) => ({
    type: "radio" as const,
    name: "purchase",
    value,
    checked: purchase === value,
    onChange: () => setPurchase(value),
    className: "mt-1 accent-leaf-700",
  })

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-semibold text-bark-900">How would you like it?</legend>
      <label className={`${optionClasses} border-sand-300 bg-white`}>
        <input {...radio("one_time")} />
        <span className="font-medium text-bark-900">One-time purchase</span>
      </label>
      <div className={`${optionClasses} flex-col border-sand-300 bg-white`}>
        <label className="flex cursor-pointer items-start gap-3">
          <input {...radio("autoship")} />
          <span>
            <span className="font-medium text-bark-900">{`Autoship & save ${percentOff}%`}</span>
            {memberPrice ? <span className="ml-2 font-semibold text-leaf-800">{`${memberPrice} each`}</span> : null}
            <span className="block text-sm text-bark-600">Ships free by standard shipping. Skip, pause or cancel any time.</span>
          </span>
        </label>
        <div className="flex items-center gap-2 pl-7">
          <label htmlFor={`${id}-interval`} className="text-sm font-medium text-bark-900">
            Ships
          </label>
          <select
            id={`${id}-interval`}
            name="interval_days"
            defaultValue={intervals.includes(30) ? 30 : intervals[0]}
            onChange={() => setPurchase("autoship")}
            className="rounded-md border border-sand-300 bg-white px-3 py-1.5 text-base text-bark-900"
          >
            {intervals.map((days) => (
              <option key={days} value={days}>
                {intervalLabel(days)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {existing.length > 0 ? (
        <div className={`${optionClasses} flex-col border-sand-300 bg-white`}>
          <label className="flex cursor-pointer items-start gap-3">
            <input {...radio("existing")} />
            <span className="font-medium text-bark-900">Add to my existing autoship</span>
          </label>
          <div className="flex flex-wrap items-center gap-2 pl-7">
            <label htmlFor={`${id}-autoship`} className="text-sm font-medium text-bark-900">
              Autoship
            </label>
            <select
              id={`${id}-autoship`}
              name="autoship_id"
              onChange={() => setPurchase("existing")}
              className="min-w-0 rounded-md border border-sand-300 bg-white px-3 py-1.5 text-base text-bark-900"
            >
              {existing.map((autoship) => (
                <option key={autoship.id} value={autoship.id}>
                  {autoship.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
    </fieldset>
  )
}
