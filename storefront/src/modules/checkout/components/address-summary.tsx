type AddressLike = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

/** A postal address as plain text lines. */
export default function AddressSummary({ address }: { address: AddressLike }) {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const cityLine = [address.city, [address.province, address.postal_code].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ")
  const country = address.country_code?.toLowerCase() === "us" ? "United States" : address.country_code?.toUpperCase()
  return (
    <address className="not-italic leading-relaxed text-bark-700">
      {name ? <span className="block">{name}</span> : null}
      {address.company ? <span className="block">{address.company}</span> : null}
      {address.address_1 ? <span className="block">{address.address_1}</span> : null}
      {address.address_2 ? <span className="block">{address.address_2}</span> : null}
      {cityLine ? <span className="block">{cityLine}</span> : null}
      {country ? <span className="block">{country}</span> : null}
      {address.phone ? <span className="block">{address.phone}</span> : null}
    </address>
  )
}
