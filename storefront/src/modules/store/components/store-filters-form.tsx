import { DIET_LABELS, SUPPLEMENT_FORM_LABELS } from "@supplement-store/contract/supplement-terms"
import Link from "next/link"

import type { Brand } from "@/lib/data/brands"
import type { Category } from "@/lib/data/categories"
import type { LabelFacets } from "@/lib/data/search"
import { SORT_OPTIONS, type StoreFilters } from "@/lib/util/store-filters"

type StoreFiltersFormProps = {
  filters: StoreFilters
  categories: Category[]
  brands: Brand[]
  labelFacets: LabelFacets
}

const fieldClasses =
  "w-full rounded-md border border-sand-300 bg-white px-3 py-2 text-sm text-bark-900 focus-visible:outline-2 focus-visible:-outline-offset-1"
const labelClasses = "mb-1 block text-xs font-semibold tracking-wide text-bark-700 uppercase"

type CheckboxGroupProps = {
  legend: string
  /** The repeatable URL param each ticked box adds. */
  name: string
  options: { value: string; label: string; count: number }[]
  checked: string[]
  /** A long list (ingredients) scrolls in a box of its own. */
  scrolls?: boolean
}

function CheckboxGroup({ legend, name, options, checked, scrolls = false }: CheckboxGroupProps) {
  if (options.length === 0) {
    return null
  }
  return (
    <fieldset>
      <legend className={labelClasses}>{legend}</legend>
      <ul className={`space-y-1 text-sm text-bark-900 ${scrolls ? "max-h-40 overflow-y-auto rounded-md border border-sand-200 p-2" : ""}`}>
        {options.map((option) => (
          <li key={option.value}>
            <label className="flex items-center gap-2">
              <input type="checkbox" name={name} value={option.value} defaultChecked={checked.includes(option.value)} />
              {option.label}
              <span className="text-bark-500">
                ({option.count}
                <span className="sr-only"> products</span>)
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

/**
 * The whole listing state as a plain GET form: it works without JavaScript
 * and every result page has its own URL. Submitting starts again at page 1.
 */
export default function StoreFiltersForm({ filters, categories, brands, labelFacets }: StoreFiltersFormProps) {
  return (
    <form
      action="/store"
      method="get"
      aria-label="Filter and sort products"
      className="grid grid-cols-2 gap-3 rounded-lg border border-sand-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
    >
      <div className="col-span-2 sm:col-span-1">
        <label htmlFor="filter-category" className={labelClasses}>
          Health topic
        </label>
        <select id="filter-category" name="category" defaultValue={filters.category ?? ""} className={fieldClasses}>
          <option value="">All topics</option>
          {categories.map((category) => (
            <option key={category.id} value={category.handle}>
              {category.name}
            </option>
          ))}
        </select>
      </div>

      <div className="col-span-2 sm:col-span-1">
        <label htmlFor="filter-brand" className={labelClasses}>
          Brand
        </label>
        <select id="filter-brand" name="brand" defaultValue={filters.brand ?? ""} className={fieldClasses}>
          <option value="">All brands</option>
          {brands.map((brand) => (
            <option key={brand.id} value={brand.handle}>
              {brand.name}
            </option>
          ))}
        </select>
      </div>

      <div>
        <label htmlFor="filter-min-price" className={labelClasses}>
          Min price ($)
        </label>
        <input
          id="filter-min-price"
          name="min_price"
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          placeholder="0"
          defaultValue={filters.minPrice ?? ""}
          className={fieldClasses}
        />
      </div>

      <div>
        <label htmlFor="filter-max-price" className={labelClasses}>
          Max price ($)
        </label>
        <input
          id="filter-max-price"
          name="max_price"
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          placeholder="Any"
          defaultValue={filters.maxPrice ?? ""}
          className={fieldClasses}
        />
      </div>

      <div className="col-span-2 sm:col-span-1">
        <label htmlFor="filter-sort" className={labelClasses}>
          Sort by
        </label>
        <select id="filter-sort" name="sort" defaultValue={filters.sort} className={fieldClasses}>
          {SORT_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>

      {/* Counts are over the whole catalogue: what each choice holds before any other filter. */}
      <div className="col-span-2 grid gap-4 sm:col-span-3 sm:grid-cols-3 lg:col-span-5">
        <CheckboxGroup
          legend="Form"
          name="form"
          options={labelFacets.forms.map(({ value, count }) => ({ value, label: SUPPLEMENT_FORM_LABELS[value], count }))}
          checked={filters.forms}
        />
        <CheckboxGroup
          legend="Diet (all of)"
          name="diet"
          options={labelFacets.diets.map(({ value, count }) => ({ value, label: DIET_LABELS[value], count }))}
          checked={filters.diets}
        />
        <CheckboxGroup
          legend="Ingredient"
          name="ingredient"
          options={labelFacets.ingredients.map(({ value, count }) => ({ value, label: value, count }))}
          checked={filters.ingredients}
          scrolls
        />
      </div>

      <div className="col-span-2 flex items-center gap-3 sm:col-span-3 lg:col-span-1">
        <button
          type="submit"
          className="flex-1 rounded-md bg-leaf-600 px-4 py-2 text-sm font-semibold text-white hover:bg-leaf-700"
        >
          Apply
        </button>
        <Link href="/store" className="text-sm text-leaf-700 hover:text-leaf-800">
          Reset
        </Link>
      </div>
    </form>
  )
}
