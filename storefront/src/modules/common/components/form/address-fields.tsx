import FormField, { fieldsOf } from "@/modules/common/components/form/form-field"
import NameFields from "@/modules/common/components/form/name-fields"
import type { FieldErrors } from "@/lib/util/forms"

export type AddressValues = Partial<
  Record<
    "first_name" | "last_name" | "address_1" | "address_2" | "company" | "city" | "province" | "postal_code" | "phone",
    string
  >
>

type AddressFieldsProps = {
  values?: AddressValues
  errors?: FieldErrors
  idPrefix?: string
}

/**
 * The US address fields shared by checkout and the address book.
 * Country is fixed to the store's only region.
 */
export default function AddressFields({ values = {}, errors = {}, idPrefix = "" }: AddressFieldsProps) {
  const field = fieldsOf(values, errors, idPrefix)
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <NameFields field={field} />
      <FormField {...field("address_1")} label="Address" autoComplete="address-line1" required className="sm:col-span-2" />
      <FormField
        {...field("address_2")}
        label="Apartment, suite, etc."
        autoComplete="address-line2"
        className="sm:col-span-2"
      />
      <FormField {...field("city")} label="City" autoComplete="address-level2" required />
      <FormField {...field("province")} label="State" autoComplete="address-level1" required />
      <FormField
        {...field("postal_code")}
        label="Postal code"
        autoComplete="postal-code"
        inputMode="numeric"
        required
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${idPrefix}country_code`} className="text-sm font-medium text-bark-900">
          Country
        </label>
        <select
          id={`${idPrefix}country_code`}
          name="country_code"
          defaultValue="us"
          autoComplete="country"
          className="w-full rounded-md border border-sand-300 bg-white px-3 py-2 text-base text-bark-900"
        >
          <option value="us">United States</option>
        </select>
      </div>
      <FormField {...field("phone")} label="Phone" type="tel" autoComplete="tel" className="sm:col-span-2" />
    </div>
  )
}
