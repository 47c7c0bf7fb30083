import path from "node:path"

import type { NextConfig } from "next"

import { config } from "./src/lib/config"
import { securityHeaders } from "./src/lib/security-headers"
import { COMMENTS_PAGE_PARAM, PAGE_PARAM, STORE_PARAMS, VARIANT_PARAM } from "./src/lib/routes"
import { backendIsLocal, imageRemotePatterns } from "./src/lib/util/images"

type Rewrite = { source: string; destination: string; has?: { type: "query"; key: string; value?: string }[] }

/**
 * A listing's `?page=N` is a route of its own (`<pages>/N`), so every page of it is cached; a value
 * that is no page number goes to `<pages>/0`, which is a 404 as it was before.
 */
function pagedListing(source: string, pages: string): Rewrite[] {
  return [
    { source, has: [{ type: "query", key: PAGE_PARAM, value: "(?<page>[0-9]{1,6})" }], destination: `${pages}/:page` },
    { source, has: [{ type: "query", key: PAGE_PARAM }], destination: `${pages}/0` },
  ]
}

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The end-to-end harness builds into its own folder so it never clashes with a running `next dev`.
  distDir: config.distDir,
  // With Redis, every storefront instance shares one page and data cache (see cache-handler.mjs);
  // nothing is kept in each instance's memory, so none of them serves a page the others dropped.
  ...(config.redisUrl || config.standalone ? { cacheHandler: path.resolve("cache-handler.mjs"), cacheMaxMemorySize: 0 } : {}),
  // The container image (storefront/Dockerfile). server.mjs starts before Next.js and is not traced,
  // so its one dependency goes into the output too.
  ...(config.standalone
    ? {
        output: "standalone" as const,
        outputFileTracingIncludes: {
          "/*": ["./server.mjs", "../node_modules/{proxy-addr,forwarded,ipaddr.js}/**"],
        },
      }
    : {}),
  // The dev server is reached both as localhost and 127.0.0.1 (tests, scripts).
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  images: {
    // Product images live in the backend's file storage (see src/lib/util/images.ts).
    remotePatterns: imageRemotePatterns(),
    dangerouslyAllowLocalIP: backendIsLocal(),
  },
  // Every response, static files included; the Content-Security-Policy depends on the route's class
  // and comes from src/proxy.ts (see docs/security.md).
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ production: config.production }) }]
  },
  // Pages that are the same for every visitor are cached (ISR) and rendered on their first request,
  // never by `next build`, which runs without the backend and its key. A route without a dynamic
  // segment would be prerendered by the build (and so, without the key, rendered per request: see
  // src/app/layout.tsx), so "/", the unfiltered /store and /news are served by routes with one; and
  // as a cached page is one per path, a query string that changes the page (a variant, a page of
  // comments or of a listing) becomes a path, so the page without it stays cached. Cache Components ("use cache") would serve them from
  // their own routes, but were left out: the Redis handler that shares the cache between instances
  // (@fortedigital/nextjs-cache-handler 3.x, cache-handler.mjs) does not support `cacheHandlers` nor
  // `cacheComponents` yet, so "use cache" entries and their revalidation would stay in each
  // instance's memory; "use cache" data is also fetched by `next build`, which has no backend; and
  // the switch is not gradual (`cacheComponents: true` fails the build on all 12 route segment
  // configs: Route segment config "revalidate" is not compatible with `nextConfig.cacheComponents`).
  async redirects() {
    return [
      { source: "/home/:edition", destination: "/", permanent: true },
      { source: "/store/:view", destination: "/store", permanent: true },
      { source: "/forums/index/:view", destination: "/forums", permanent: true },
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
        // A chosen option: what the picker submits without JavaScript, and shared links.
        {
          source: "/products/:handle",
          has: [{ type: "query", key: VARIANT_PARAM, value: "(?<variant>[A-Za-z0-9_-]{1,100})" }],
          destination: "/products/:handle/variants/:variant",
        },
        // "Load more comments" on an article.
        {
          source: "/news/:handle",
          has: [{ type: "query", key: COMMENTS_PAGE_PARAM, value: "(?<page>[0-9]{1,3})" }],
          destination: "/news/:handle/comments/:page",
        },
        ...pagedListing("/news", "/news/pages"),
        { source: "/news", destination: "/news/pages/1" },
        ...pagedListing("/news/topic/:handle", "/news/topic/:handle/pages"),
        ...pagedListing("/categories/:handle", "/categories/:handle/pages"),
        ...pagedListing("/brands/:handle", "/brands/:handle/pages"),
        ...pagedListing("/collections/:handle", "/collections/:handle/pages"),
        // The forums: the index has no segment of its own (see above), a forum's and a thread's pages are paths.
        { source: "/forums", destination: "/forums/index/all" },
        ...pagedListing("/forums/:forum", "/forums/:forum/pages"),
        ...pagedListing("/forums/:forum/:thread", "/forums/:forum/:thread/pages"),
      ],
    }
  },
}

export default nextConfig
