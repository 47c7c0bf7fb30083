import type { MetadataRoute } from "next"

import { absoluteUrl } from "@/lib/site"

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        // Personal and transactional pages have nothing for search engines.
        disallow: ["/cart", "/checkout", "/account", "/order", "/search"],
      },
    ],
    sitemap: absoluteUrl("/sitemap.xml"),
  }
}
