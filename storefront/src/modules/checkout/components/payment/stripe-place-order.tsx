"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
// The pure entry point loads Stripe.js only when a card form is shown, not on every page.
import type { PaymentIntent, Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import Link from "next/link"
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react"

import type { ActionState } from "@/lib/util/forms"
import { placeOrder } from "@/modules/checkout/actions"
import { placeOrderButtonClass } from "@/modules/checkout/components/payment/place-order-button"
import type { PlaceOrderProps } from "@/modules/checkout/components/payment/types"
import FormMessage from "@/modules/common/components/form/form-message"

/** Where Stripe sends the shopper back after 3-D Secure or a bank's page (app/checkout/payment-return). */
export const PAYMENT_RETURN_PATH = "/checkout/payment-return"

/** Payment intent states in which the money is taken (or on its way): the order can be placed. */
const PAID: ReadonlySet<PaymentIntent.Status> = new Set(["succeeded", "processing", "requires_capture"])

const stripeLoads = new Map<string, Promise<Stripe | null>>()

/** Stripe.js for a key, loaded once; null when it can't be loaded (offline, blocked by the browser). */
function stripeFor(publishableKey: string): Promise<Stripe | null> {
  let load = stripeLoads.get(publishableKey)
  if (!load) {
    load = loadStripe(publishableKey).catch(() => null)
    stripeLoads.set(publishableKey, load)
  }
  return load
}

function CardsUnavailable({ reason }: { reason: string }) {
  return (
    <div role="alert" className="rounded-md border border-clay-700/30 bg-clay-100 px-3 py-2 text-sm text-clay-700">
      <p>{reason}</p>
      <p className="mt-1">
        Your cart is saved.{" "}
        <Link href="/checkout?step=payment" className="font-medium underline">
          Choose another payment method
        </Link>
      </p>
    </div>
  )
}

/**
 * "Place order" for Stripe: Stripe's Payment Element, then the payment is confirmed in the browser
 * (3-D Secure in a pop-up, or a redirect back to PAYMENT_RETURN_PATH) and the cart is completed.
 * A declined card shows Stripe's own message and keeps the cart.
 */
export default function StripePlaceOrder({ providerId, sessionData, publishableKey }: PlaceOrderProps) {
  const clientSecret = typeof sessionData?.client_secret === "string" ? sessionData.client_secret : null
  // undefined while Stripe.js loads, null when it could not be loaded.
  const [stripe, setStripe] = useState<Stripe | null | undefined>(undefined)

  useEffect(() => {
    if (!publishableKey) {
      return
    }
    let current = true
    stripeFor(publishableKey).then((loaded) => current && setStripe(loaded))
    return () => {
      current = false
    }
  }, [publishableKey])

  if (!publishableKey || !clientSecret) {
    return <CardsUnavailable reason="Card payments aren't set up on this store right now." />
  }
  if (stripe === null) {
    return (
      <CardsUnavailable reason="The secure card form couldn't be loaded from Stripe. Check your connection and reload the page." />
    )
  }
  return (
    <div data-testid="stripe-payment">
      {stripe === undefined ? (
        <p role="status" className="text-sm text-bark-600">
          Loading the secure card form…
        </p>
      ) : (
        <Elements stripe={stripe} options={{ clientSecret, appearance: { theme: "stripe", variables: { colorPrimary: "#3f6b3a" } } }}>
          <CardPaymentForm providerId={providerId} clientSecret={clientSecret} />
        </Elements>
      )}
    </div>
  )
}

const initialState: ActionState = { status: "idle" }

function CardPaymentForm({ providerId, clientSecret }: { providerId: string; clientSecret: string }) {
  const stripe = useStripe()
  const elements = useElements()
  const [state, completeOrder, completing] = useActionState(placeOrder, initialState)
  const [paymentError, setPaymentError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [ready, setReady] = useState(false)
  // Guards against a second click before React re-renders the disabled button.
  const submitting = useRef(false)

  function completeCart() {
    const data = new FormData()
    data.set("provider_id", providerId)
    startTransition(() => completeOrder(data))
  }

  // Back from a redirect, or a reload: a payment that went through places the order; a declined
  // one shows Stripe's reason.
  useEffect(() => {
    if (!stripe) {
      return
    }
    stripe.retrievePaymentIntent(clientSecret).then(({ paymentIntent }) => {
      if (paymentIntent && PAID.has(paymentIntent.status)) {
        submitting.current = true
        completeCart()
      } else if (paymentIntent?.last_payment_error?.message) {
        setPaymentError(paymentIntent.last_payment_error.message)
      }
    })
    // Once per Stripe instance and intent; completeCart reads only the cart id and provider props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stripe, clientSecret])

  useEffect(() => {
    if (!completing) {
      submitting.current = false
    }
  }, [completing, state])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (submitting.current || !stripe || !elements) {
      return
    }
    submitting.current = true
    setConfirming(true)
    setPaymentError(null)
    const { error, paymentIntent } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: new URL(PAYMENT_RETURN_PATH, window.location.origin).toString() },
      redirect: "if_required",
    })
    setConfirming(false)
    if (error) {
      // Stripe's message is written for shoppers ("Your card was declined.").
      setPaymentError(error.message ?? "Your payment couldn't be completed. Please try again.")
      submitting.current = false
      return
    }
    if (paymentIntent && PAID.has(paymentIntent.status)) {
      completeCart()
      return
    }
    setPaymentError("Your payment wasn't completed. Please try again.")
    submitting.current = false
  }

  const busy = confirming || completing
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <PaymentElement onReady={() => setReady(true)} />
      {paymentError ? (
        <p role="alert" className="rounded-md border border-clay-700/30 bg-clay-100 px-3 py-2 text-sm text-clay-700">
          {paymentError}
        </p>
      ) : null}
      <FormMessage status={state.status} message={state.message} />
      <div>
        <button type="submit" disabled={!ready || busy} aria-disabled={!ready || busy ? true : undefined} className={placeOrderButtonClass}>
          {busy ? "Placing order…" : "Place order"}
        </button>
      </div>
    </form>
  )
}
