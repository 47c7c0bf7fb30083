import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { paymentPublishableKey } from "@/lib/config"
import { listPaymentProviders, listShippingOptions } from "@/lib/data/checkout"
import { AUTOSHIP_NEEDS_ACCOUNT } from "@/lib/util/errors"
import { formatAmount } from "@/lib/util/money"
import LoginForm from "@/modules/account/components/login-form"
import RegisterForm from "@/modules/account/components/register-form"
import { hasAutoshipLines } from "@supplement-store/contract"
import AddressSummary from "@/modules/checkout/components/address-summary"
import CheckoutStep from "@/modules/checkout/components/checkout-step"
import CheckoutSummary from "@/modules/checkout/components/checkout-summary"
import ContactAddressForm from "@/modules/checkout/components/contact-address-form"
import PaymentForm from "@/modules/checkout/components/payment/payment-form"
import PlaceOrderButton from "@/modules/checkout/components/payment/place-order-button"
import { paymentMethodFor } from "@/modules/checkout/components/payment/registry"
import ShippingMethodForm, { type ShippingChoice } from "@/modules/checkout/components/shipping-method-form"

export const CHECKOUT_STEPS = ["address", "delivery", "payment", "review"] as const
export type CheckoutStepName = (typeof CHECKOUT_STEPS)[number]

type CheckoutFlowProps = {
  cart: HttpTypes.StoreCart
  customer: HttpTypes.StoreCustomer | null
  requestedStep: string | undefined
}

/** The payment session the order would be placed with; a canceled or failed one means choosing again. */
function activeSession(cart: HttpTypes.StoreCart) {
  return (
    (cart.payment_collection?.payment_sessions ?? []).find(
      (session) => session.status !== "canceled" && session.status !== "error"
    ) ?? null
  )
}

/** Which steps are complete, and which one to show (never past the first incomplete one). */
function resolveStep(cart: HttpTypes.StoreCart, requested: string | undefined) {
  const done: Record<CheckoutStepName, boolean> = {
    address: Boolean(cart.email && cart.shipping_address?.address_1),
    delivery: (cart.shipping_methods?.length ?? 0) > 0,
    payment: activeSession(cart) !== null,
    review: false,
  }
  const firstIncomplete = CHECKOUT_STEPS.find((step) => !done[step]) ?? "review"
  const wanted = CHECKOUT_STEPS.includes(requested as CheckoutStepName)
    ? (requested as CheckoutStepName)
    : firstIncomplete
  const active =
    CHECKOUT_STEPS.indexOf(wanted) <= CHECKOUT_STEPS.indexOf(firstIncomplete) ? wanted : firstIncomplete
  return { done, active }
}

function stateOf(step: CheckoutStepName, active: CheckoutStepName | null, done: Record<CheckoutStepName, boolean>) {
  if (step === active) return "active" as const
  return done[step] && CHECKOUT_STEPS.indexOf(step) < CHECKOUT_STEPS.indexOf("review") ? ("done" as const) : ("upcoming" as const)
}

function addressDefaults(cart: HttpTypes.StoreCart, customer: HttpTypes.StoreCustomer | null) {
  const fromCart = cart.shipping_address?.address_1 ? cart.shipping_address : null
  const saved = customer?.addresses?.find((a) => a.is_default_shipping) ?? customer?.addresses?.[0] ?? null
  const source = fromCart ?? saved
  const pick = (value: string | null | undefined) => value ?? ""
  return {
    email: cart.email ?? customer?.email ?? "",
    first_name: pick(source?.first_name ?? customer?.first_name),
    last_name: pick(source?.last_name ?? customer?.last_name),
    address_1: pick(source?.address_1),
    address_2: pick(source?.address_2),
    company: pick(source?.company),
    city: pick(source?.city),
    province: pick(source?.province),
    postal_code: pick(source?.postal_code),
    phone: pick(source?.phone ?? customer?.phone),
    marketing_consent: cart.metadata?.marketing_consent === true ? "on" : "",
  }
}

/**
 * A guest whose cart holds autoship lines logs in or registers first (the backend refuses to complete
 * such a cart): both forms come back here, and logging in moves the cart to the customer.
 */
function AccountForAutoshipStep() {
  return (
    <CheckoutStep number={1} id="step-account" title="Autoship needs an account" state="active">
      <div className="flex flex-col gap-4">
        <p className="text-bark-700">
          {AUTOSHIP_NEEDS_ACCOUNT}: your autoship lives in your account, where you can skip, change, pause or cancel it.
          Your cart is kept.
        </p>
        <div className="grid gap-6 md:grid-cols-2">
          <LoginForm next="/checkout" />
          <RegisterForm next="/checkout" />
        </div>
      </div>
    </CheckoutStep>
  )
}

export default async function CheckoutFlow({ cart, customer, requestedStep }: CheckoutFlowProps) {
  const needsAccount = !customer && hasAutoshipLines(cart.items)
  const resolved = resolveStep(cart, requestedStep)
  const { done } = resolved
  // Nothing is reachable until the guest has an account.
  const active = needsAccount ? null : resolved.active
  const firstNumber = needsAccount ? 2 : 1
  const currency = cart.currency_code
  const session = activeSession(cart)
  const chosenMethod = cart.shipping_methods?.[0] ?? null

  const [shippingOptions, providers] = await Promise.all([
    active === "delivery" ? listShippingOptions(cart.id) : Promise.resolve([]),
    active === "payment" || active === "review"
      ? listPaymentProviders(cart.region_id ?? "")
      : Promise.resolve([] as HttpTypes.StorePaymentProvider[]),
  ])

  const choices: ShippingChoice[] = shippingOptions.map((option) => {
    const amount = option.calculated_price?.calculated_amount ?? option.amount ?? 0
    return {
      id: option.id,
      name: option.name,
      description: option.type?.description ?? null,
      price: amount === 0 ? "Free" : formatAmount(amount, currency),
      disabled: Boolean(option.insufficient_inventory),
    }
  })

  const providerIds = providers.map((provider) => provider.id)
  const reviewProviderId = session?.provider_id ?? providerIds[0] ?? ""
  const reviewMethod = paymentMethodFor(reviewProviderId)
  const PlaceOrder = reviewMethod.PlaceOrder ?? PlaceOrderButton

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div className="flex min-w-0 flex-col gap-4">
        {needsAccount ? <AccountForAutoshipStep /> : null}
        {!customer && !needsAccount ? (
          <p className="text-sm text-bark-600">
            Checking out as a guest.{" "}
            <Link href="/account?next=/checkout" className="font-medium text-leaf-700 underline">
              Log in
            </Link>{" "}
            for member prices and your saved addresses.
          </p>
        ) : null}

        <CheckoutStep
          number={firstNumber}
          id="step-address"
          title="Contact & shipping address"
          state={stateOf("address", active, done)}
          editHref="/checkout?step=address"
          summary={
            cart.shipping_address ? (
              <div className="flex flex-col gap-2">
                <p className="text-bark-700">{cart.email}</p>
                <AddressSummary address={cart.shipping_address} />
              </div>
            ) : null
          }
        >
          <ContactAddressForm initialValues={addressDefaults(cart, customer)} />
        </CheckoutStep>

        <CheckoutStep
          number={firstNumber + 1}
          id="step-delivery"
          title="Delivery"
          state={stateOf("delivery", active, done)}
          editHref="/checkout?step=delivery"
          summary={
            chosenMethod ? (
              <p className="text-bark-700">
                {chosenMethod.name ?? "Shipping"} —{" "}
                {chosenMethod.amount === 0 ? "Free" : formatAmount(chosenMethod.amount, currency)}
              </p>
            ) : null
          }
        >
          {choices.length > 0 ? (
            <ShippingMethodForm options={choices} selectedId={chosenMethod?.shipping_option_id ?? null} />
          ) : (
            <p role="alert" className="text-clay-700">
              We can&apos;t ship this cart to that address right now. Please check your address or contact us.
            </p>
          )}
        </CheckoutStep>

        <CheckoutStep
          number={firstNumber + 2}
          id="step-payment"
          title="Payment"
          state={stateOf("payment", active, done)}
          editHref="/checkout?step=payment"
          summary={session ? <p className="text-bark-700">{paymentMethodFor(session.provider_id).label}</p> : null}
        >
          <PaymentForm providerIds={providerIds} selectedId={session?.provider_id ?? null} />
        </CheckoutStep>

        <CheckoutStep number={firstNumber + 3} id="step-review" title="Review & place order" state={active === "review" ? "active" : "upcoming"}>
          <div className="flex flex-col gap-4">
            <p className="text-sm text-bark-700">
              Please check your order. By placing it you agree to pay{" "}
              <strong>{formatAmount(Math.round((cart.total ?? 0) * 100) / 100, currency)}</strong>
              {session ? ` with ${paymentMethodFor(session.provider_id).label.toLowerCase()}` : ""}.
            </p>
            <PlaceOrder
              providerId={reviewProviderId}
              sessionData={(session?.data as Record<string, unknown> | undefined) ?? null}
              publishableKey={paymentPublishableKey(reviewProviderId)}
            />
          </div>
        </CheckoutStep>
      </div>
      <CheckoutSummary cart={cart} />
    </div>
  )
}
