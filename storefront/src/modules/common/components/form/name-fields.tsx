import FormField, { type BoundFieldProps } from "@/modules/common/components/form/form-field"

/** First and last name, asked the same way by checkout, the address book, registration and the profile. */
export default function NameFields({ field }: { field: (name: "first_name" | "last_name") => BoundFieldProps }) {
  return (
    <>
      <FormField {...field("first_name")} label="First name" autoComplete="given-name" required />
      <FormField {...field("last_name")} label="Last name" autoComplete="family-name" required />
    </>
  )
}
