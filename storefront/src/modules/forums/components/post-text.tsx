import Link from "next/link"

import type { ForumProductMention } from "@/lib/data/forums"
import { safeImageUrl } from "@/lib/util/images"
import { SITE_URL } from "@/lib/site"
import CoverImage from "@/modules/common/components/cover-image"
import { postPieces } from "@/modules/forums/post-text"

type PostTextProps = {
  text: string
  /** Products the page's posts link to, by handle; a quote leaves them out and shows plain links. */
  products?: Record<string, ForumProductMention>
  className?: string
  testId?: string
}

/** A small card for a product a post links to. */
function ProductMention({ product }: { product: ForumProductMention }) {
  const image = safeImageUrl(product.thumbnail)
  return (
    <Link
      href={`/products/${encodeURIComponent(product.handle)}`}
      data-testid="post-product"
      className="my-2 flex max-w-sm items-center gap-3 rounded-md border border-sand-200 bg-white p-2 whitespace-normal text-bark-900 no-underline hover:border-leaf-600"
    >
      {image ? (
        <CoverImage url={image} alt="" aspect="aspect-square" className="w-14 shrink-0 rounded" sizes="56px" preload={false} />
      ) : null}
      <span className="flex min-w-0 flex-col">
        <span className="text-xs text-bark-600">In our store</span>
        <span className="font-semibold break-words text-leaf-800 [overflow-wrap:anywhere]">{product.title}</span>
      </span>
    </Link>
  )
}

/**
 * A reader's post: their text as React text (line breaks kept by CSS), web addresses as links that
 * pass no ranking and no window access, and links to this store's products as small cards.
 */
export default function PostText({ text, products = {}, className = "", testId }: PostTextProps) {
  const pieces = postPieces(text, SITE_URL.host, new Set(Object.keys(products)))
  return (
    <div dir="auto" data-testid={testId} className={`min-w-0 break-words whitespace-pre-wrap [overflow-wrap:anywhere] ${className}`}>
      {pieces.map((piece, index) => {
        if (piece.kind === "text") return piece.text
        const product = piece.kind === "product" ? products[piece.handle] : undefined
        if (product) return <ProductMention key={index} product={product} />
        return (
          <a key={index} href={piece.href} rel="nofollow ugc noopener" className="text-leaf-700 underline">
            {piece.text}
          </a>
        )
      })}
    </div>
  )
}
