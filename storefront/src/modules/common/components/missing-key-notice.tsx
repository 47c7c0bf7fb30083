import { MISSING_PUBLISHABLE_KEY_MESSAGE } from "@/lib/config"
import Notice from "@/modules/common/components/notice"

/** Shown instead of catalogue pages when the storefront was started without a publishable key. */
export default function MissingKeyNotice() {
  return (
    <Notice title="Storefront not configured" tone="warning">
      <p role="alert">{MISSING_PUBLISHABLE_KEY_MESSAGE}</p>
    </Notice>
  )
}
