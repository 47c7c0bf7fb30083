/** The SmartSavings Club: a Medusa customer group whose price list holds the member prices. */
export const CLUB = {
  group: "SmartSavings Club",
  priceList: "SmartSavings Club prices",
  percentOff: 15,
} as const
