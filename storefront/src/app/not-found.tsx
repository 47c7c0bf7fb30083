import Link from "next/link"

import Notice from "@/modules/common/components/notice"

export default function NotFound() {
  return (
    <Notice title="Page not found">
      <p>We couldn&apos;t find what you were looking for. It may have moved or no longer exist.</p>
      <p>
        <Link href="/" className="font-medium text-leaf-700 underline">
          Browse all products
        </Link>
      </p>
    </Notice>
  )
}
