const formatters = new Map<string, Intl.NumberFormat>()

/**
 * Formats a Medusa v2 amount (major units, e.g. 18.95) as a currency string,
 * e.g. formatAmount(18.95, "usd") === "$18.95".
 */
export function formatAmount(amount: number, currencyCode: string): string {
  const currency = currencyCode.toUpperCase()
  let formatter = formatters.get(currency)
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat("en-US", { style: "currency", currency })
    } catch {
      // Unknown ISO code: fall back to a plain number with the code.
      return `${amount.toFixed(2)} ${currency}`
    }
    formatters.set(currency, formatter)
  }
  return formatter.format(amount)
}

/** Like formatAmount, but drops ".00" on whole amounts ("$10", "$12.50"). */
export function formatAmountShort(amount: number, currencyCode: string): string {
  const full = formatAmount(amount, currencyCode)
  return Number.isInteger(amount) ? full.replace(/[.,]00(?=\D*$)/, "") : full
}
