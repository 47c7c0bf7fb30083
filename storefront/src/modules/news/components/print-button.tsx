"use client"

/** Opens the browser's print dialog (the page has a print stylesheet). */
export default function PrintButton({ className = "" }: { className?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className} data-testid="print-article">
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
        <path d="M5 2h10v4H5V2zm-2 5h14a2 2 0 0 1 2 2v5h-3v4H4v-4H1V9a2 2 0 0 1 2-2zm3 7v2h8v-4H6v2zm9-4a1 1 0 1 0 0-2 1 1 0 0 0 0 2z" />
      </svg>
      Print
    </button>
  )
}
