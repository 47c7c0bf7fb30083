import path from "node:path"

import type { NextConfig } from "next"

import { config } from "./src/lib/config"
import { securityHeaders } from "./src/lib/security-headers"
import { imageRemotePatterns } from "./src/lib/util/images"
import { COMMENTS_PAGE_PARAM } from "./src/modules/community/utils"
import { STORE_PARAMS } from "./src/modules/store/params"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The end-to-end harness builds into its own folder so it never clashes with a running `next dev`.
  distDir: config.distDir,
  // With Redis, every storefront instance shares one page and data cache (see cache-handler.mjs);
  // nothing is kept in each instance's memory, so none of them serves a page the others dropped.
  ...(config.redisUrl ? { cacheHandler: path.resolve("cache-handler.mjs"), cacheMaxMemorySize: 0 } : {}),
  // The dev server is reached both as localhost and 127.0.0.1 (tests, scripts).
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  images: {
    // Product images live in the backend's file storage (see src/lib/util/images.ts).
    remotePatterns: imageRemotePatterns(),
  },
  // Every response, static files included; the Content-Security-Policy depends on the route's class
  // and comes from src/proxy.ts (see docs/security.md).
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ production: config.production }) }]
  },
  // Pages that are the same for every visitor are cached (ISR) and rendered on their first request,
  // never by `next build`, which runs without the backend and its key. A route without a dynamic
  // segment would be prerendered by the build (and so, without the key, rendered per request: see
  // src/app/layout.tsx), so "/" and the unfiltered /store are served by routes with one, which are
  // not addresses of their own.
  async redirects() {
    return [
      { source: "/home/:edition", destination: "/", permanent: true },
      { source: "/store/:view", destination: "/store", permanent: true },
    ]
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/home/index" },
        {
          source: "/store",
          missing: STORE_PARAMS.map((key) => ({ type: "query" as const, key })),
          destination: "/store/all",
        },
        // Product pages are cached without their query string; a chosen option (`?variant=`, what
        // the picker submits without JavaScript, and shared links) is a route of its own.
        {
          source: "/products/:handle",
          has: [{ type: "query", key: "variant", value: "(?<variant>[A-Za-z0-9_-]{1,100})" }],
          destination: "/products/:handle/variants/:variant",
        },
        // Article pages too: "Load more comments" (`?comments_page=`) is a route of its own.
        {
          source: "/news/:handle",
          has: [{ type: "query", key: COMMENTS_PAGE_PARAM, value: "(?<page>[0-9]{1,3})" }],
          destination: "/news/:handle/comments/:page",
        },
      ],
    }
  },
}

export default nextConfig
