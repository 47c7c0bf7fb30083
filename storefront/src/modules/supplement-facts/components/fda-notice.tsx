import { FDA_NOTICE } from "@supplement-store/contract/supplement-terms"

type FdaNoticeProps = {
  /** Starts with "*", for a page that marks its health statements with one, as labels do. */
  referenced?: boolean
  className?: string
}

/** The FDA's disclaimer, required beside a supplement's health statements. */
export default function FdaNotice({ referenced = false, className = "" }: FdaNoticeProps) {
  return (
    <p className={`text-xs leading-relaxed text-bark-600 ${className}`} data-testid="fda-notice">
      {referenced ? <span aria-hidden="true">*</span> : null}
      {FDA_NOTICE}
    </p>
  )
}
