import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The dev server is reached both as localhost and 127.0.0.1 (tests, scripts).
  allowedDevOrigins: ["127.0.0.1", "localhost"],
}

export default nextConfig
