import { type NextRequest, NextResponse } from "next/server"

import { config as settings } from "@/lib/config"
import { contentSecurityPolicy, isDynamicRoute } from "@/lib/security-headers"
import { imageRemotePatterns } from "@/lib/util/images"

const { development } = settings
// Images next/image does not proxy load straight from the backend's file storage.
const imageOrigins = imageRemotePatterns().map(({ protocol, hostname, port }) => `${protocol}://${hostname}${port ? `:${port}` : ""}`)
const cachedPagePolicy = contentSecurityPolicy({ development, imageOrigins })

/**
 * The Content-Security-Policy of each response by its route class (src/lib/security-headers.ts). A
 * page rendered per request gets a fresh nonce: Next.js reads it from the request's policy and puts
 * it on its own scripts. Cached pages get the policy without one, so their cached HTML stays valid.
 */
export function proxy(request: NextRequest) {
  if (!isDynamicRoute(request.nextUrl.pathname)) {
    const response = NextResponse.next()
    response.headers.set("Content-Security-Policy", cachedPagePolicy)
    return response
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64")
  const policy = contentSecurityPolicy({ nonce, development, imageOrigins })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set("Content-Security-Policy", policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set("Content-Security-Policy", policy)
  return response
}

export const config = {
  // Not the build's static files and optimised images: they are not documents.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
}
