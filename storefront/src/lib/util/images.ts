import { config } from "../config"

/**
 * Which product image URLs next/image may optimise. Shared by next.config.ts
 * (images.remotePatterns) and the thumbnail component, so they never disagree.
 * Imports only the configuration, so next.config.ts can load it.
 */

type RemotePattern = {
  protocol: "http" | "https"
  hostname: string
  port: string
  pathname: string
}

/**
 * Image hosts the backend serves files from: the local backend, MEDUSA_BACKEND_URL's host, and
 * MEDIA_URL's (the S3 bucket the backend's File Module writes to, when it uses one).
 */
export function imageRemotePatterns(): RemotePattern[] {
  const patterns: RemotePattern[] = [
    { protocol: "http", hostname: "localhost", port: "9000", pathname: "/**" },
    { protocol: "http", hostname: "127.0.0.1", port: "9000", pathname: "/**" },
  ]
  for (const url of [new URL(config.backendUrl), config.mediaUrl]) {
    if (!url || patterns.some((p) => p.hostname === url.hostname && p.port === url.port)) {
      continue
    }
    patterns.push({ protocol: url.protocol === "https:" ? "https" : "http", hostname: url.hostname, port: url.port, pathname: "/**" })
  }
  return patterns
}

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$/

/**
 * Next refuses to fetch images from local addresses (its SSRF guard). A backend configured on this
 * machine or network (development, tests, benches) is trusted: the image optimiser may fetch from
 * local addresses then, still only from the hosts above, so pictures are resized and preloaded
 * there as in production.
 */
export function backendIsLocal(): boolean {
  return LOCAL_HOST.test(new URL(config.backendUrl).hostname)
}

/** An http(s) URL string, or null for anything else (javascript:, data:, garbage). */
export function safeImageUrl(src: string | null | undefined): URL | null {
  if (!src) {
    return null
  }
  try {
    const url = new URL(src)
    return url.protocol === "https:" || url.protocol === "http:" ? url : null
  } catch {
    return null
  }
}

/**
 * Whether next/image should optimise this URL. Next refuses to optimise images
 * on local addresses (SSRF guard, unless the backend itself is local) and throws
 * on hosts outside remotePatterns, so those are passed through unoptimised instead.
 */
export function canOptimizeImage(url: URL): boolean {
  if (LOCAL_HOST.test(url.hostname) && !backendIsLocal()) {
    return false
  }
  const protocol = url.protocol.replace(":", "")
  return imageRemotePatterns().some(
    (p) => p.protocol === protocol && p.hostname === url.hostname && p.port === url.port
  )
}
