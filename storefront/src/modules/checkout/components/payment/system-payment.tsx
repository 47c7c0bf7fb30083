import type { PaymentMethodUI } from "@/modules/checkout/components/payment/types"

/** Medusa's built-in system provider: no card form, the order is placed straight away. */
export const systemPayment: PaymentMethodUI = {
  matches: (providerId) => providerId === "pp_system_default" || providerId.startsWith("pp_system"),
  label: "Pay on delivery / test payment",
  description: "No card needed: you pay when your order arrives (in test mode, no money is taken).",
}
