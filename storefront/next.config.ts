import type { NextConfig } from "next"

import { imageRemotePatterns } from "./src/lib/util/images"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The end-to-end harness builds into its own folder so it never clashes with a running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The dev server is reached both as localhost and 127.0.0.1 (tests, scripts).
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  images: {
    // Product images live in the backend's file storage (see src/lib/util/images.ts).
    remotePatterns: imageRemotePatterns(),
  },
  async rewrites() {
    return {
      beforeFiles: [
        // Product pages are cached without their query string; a chosen option (`?variant=`, what
        // the picker submits without JavaScript, and shared links) is a route of its own.
        {
          source: "/products/:handle",
          has: [{ type: "query", key: "variant", value: "(?<variant>[A-Za-z0-9_-]{1,100})" }],
          destination: "/products/:handle/variants/:variant",
        },
      ],
    }
  },
}

export default nextConfig
