import type { Metadata } from "next"

import { hasPublishableKey } from "@/lib/config"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import { tokenParam } from "@/modules/newsletter/utils"
import StockAlertLinkPage from "@/modules/reviews/components/stock-alert-link-page"

export const metadata: Metadata = {
  title: "Confirm your back-in-stock alert",
  robots: { index: false, follow: false },
}

type PageProps = { searchParams: Promise<{ token?: string | string[] }> }

/** Where the back-in-stock confirmation mail's link leads (a guest's double opt-in). */
export default async function ConfirmStockAlertPage({ searchParams }: PageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  return <StockAlertLinkPage token={tokenParam((await searchParams).token)} purpose="confirm" />
}
