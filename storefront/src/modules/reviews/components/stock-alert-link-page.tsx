import type { StockAlertTokenResponse } from "@supplement-store/contract"
import Link from "next/link"

import { getStockAlertLink } from "@/lib/data/reviews"
import SubmitButton from "@/modules/common/components/form/submit-button"
import { followLink } from "@/modules/newsletter/utils"
import { cancelStockAlert, confirmStockAlert } from "@/modules/reviews/actions"

type Purpose = "confirm" | "cancel"

const productName = ({ product }: StockAlertTokenResponse) => (product.variant_title ? `${product.title} (${product.variant_title})` : product.title)

/** What each status means to the reader, seen from either link. */
function outcome(alert: StockAlertTokenResponse): { heading: string; sentence: string } {
  const name = productName(alert)
  switch (alert.status) {
    case "waiting":
      return { heading: "You're on the list", sentence: `We'll email you once, as soon as ${name} is back in stock.` }
    case "sent":
      return { heading: "We already emailed you", sentence: `${name} came back in stock and we sent you the alert. We won't email you about it again.` }
    case "cancelled":
      return { heading: "Your alert is cancelled", sentence: `We won't email you about ${name}. You can ask again on the product page at any time.` }
    default:
      return { heading: "Your alert isn't confirmed yet", sentence: `Use the link in the email we sent to confirm your alert for ${name}.` }
  }
}

/**
 * The page a back-in-stock mail link opens. Opening it changes nothing (mail scanners open links too):
 * the reader's press of the button confirms or cancels; the page then says where the alert stands.
 */
export default async function StockAlertLinkPage({ token, purpose }: { token: string; purpose: Purpose }) {
  const link = await followLink(() => getStockAlertLink(token, purpose))
  if ("problem" in link) {
    return (
      <div className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="font-serif text-3xl font-semibold text-bark-900">This link didn&apos;t work</h1>
        <p role="alert" className="text-bark-700">
          {link.problem}
        </p>
      </div>
    )
  }
  const alert = link.result
  const productHref = alert.product.handle ? `/products/${encodeURIComponent(alert.product.handle)}` : "/store"
  const actionable = purpose === "confirm" ? alert.status === "pending" : alert.status === "pending" || alert.status === "waiting"
  if (actionable) {
    return (
      <form action={purpose === "confirm" ? confirmStockAlert : cancelStockAlert} className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="font-serif text-3xl font-semibold text-bark-900">
          {purpose === "confirm" ? "Confirm your back-in-stock alert" : "Cancel your back-in-stock alert"}
        </h1>
        <p className="text-bark-700">
          {purpose === "confirm"
            ? `We'll email you once, as soon as ${productName(alert)} is back in stock.`
            : `You asked us to email you when ${productName(alert)} is back in stock.`}
        </p>
        <input type="hidden" name="token" value={token} />
        <div>
          <SubmitButton pendingText={purpose === "confirm" ? "Confirming…" : "Cancelling…"}>
            {purpose === "confirm" ? "Yes, email me when it's back" : "Cancel my alert"}
          </SubmitButton>
        </div>
      </form>
    )
  }
  const { heading, sentence } = outcome(alert)
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="font-serif text-3xl font-semibold text-bark-900">{heading}</h1>
      <p className="text-bark-700">{sentence}</p>
      <Link href={productHref} className="font-semibold text-leaf-700 hover:underline">
        {`See ${alert.product.title} →`}
      </Link>
    </div>
  )
}
