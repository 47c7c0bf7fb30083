"use client"

import { useEffect } from "react"

import { FEATURED_PRODUCT_ATTRIBUTE } from "@/modules/attribution/featured-link"

/**
 * Records a click on one of the article's featured-product links (marked with FEATURED_PRODUCT_ATTRIBUTE)
 * for attribution. The post is `keepalive`, so the link opens at once and the record survives the page
 * leaving; without JavaScript the links are plain links. Renders nothing.
 */
export default function FeaturedClickRecorder({ articleHandle }: { articleHandle: string }) {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest(`a[${FEATURED_PRODUCT_ATTRIBUTE}]`) : null
      const productId = link?.getAttribute(FEATURED_PRODUCT_ATTRIBUTE)
      if (!productId) {
        return
      }
      fetch("/api/attribution/clicks", {
        method: "POST",
        keepalive: true,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ article_handle: articleHandle, product_id: productId }),
      }).catch(() => {
        // A lost click is not worth bothering the reader about.
      })
    }
    document.addEventListener("click", onClick)
    return () => document.removeEventListener("click", onClick)
  }, [articleHandle])
  return null
}
