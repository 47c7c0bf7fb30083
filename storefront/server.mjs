// The storefront's HTTP server: Next.js behind the one place that decides who the reader is.
// `node server.mjs` serves the production build (`next build`); `node server.mjs --dev` is `next dev`.
// Next.js itself only fills in X-Forwarded-For when a client left it out, so a client talking to the
// storefront directly could name any address; here the socket decides, and TRUSTED_PROXIES says whose
// X-Forwarded-For to believe. Node.js runs this file as it is, before Next.js loads, so it reads its two
// settings (TRUSTED_PROXIES, PORT) itself; the app's own are in src/lib/config.ts.
import { existsSync, readFileSync } from "node:fs"
import { createServer } from "node:http"
import path from "node:path"
import next from "next"
import proxyaddr from "proxy-addr"

/** The reader's address as this server decided it (src/lib/util/visitor-ip.ts reads it). */
const READER_ADDRESS_HEADER = "x-reader-address"

/** Addresses, CIDRs or proxy-addr's names (loopback, linklocal, uniquelocal), or a hop count; empty: none. */
function trustedProxies(raw = "") {
  const value = raw.trim()
  if (/^\d+$/.test(value)) {
    const hops = Number(value)
    return (_address, hop) => hop < hops
  }
  try {
    return proxyaddr.compile(
      value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean)
    )
  } catch (error) {
    console.error(`Configuration error: TRUSTED_PROXIES "${value}": ${error.message}`)
    process.exit(1)
  }
}

/**
 * A standalone build (NEXT_OUTPUT=standalone, the container image) ships without next.config.ts and
 * what it imports, so Next.js takes the configuration the build recorded, as in the server.js that
 * Next.js writes for such a build.
 */
function adoptConfigRecordedByStandaloneBuild() {
  const file = path.join(process.env.NEXT_DIST_DIR || ".next", "required-server-files.json")
  if (dev || !existsSync(file)) {
    return
  }
  const { config } = JSON.parse(readFileSync(file, "utf8"))
  if (config.output === "standalone") {
    process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config)
  }
}

const trust = trustedProxies(process.env.TRUSTED_PROXIES)
const dev = process.argv.includes("--dev")
adoptConfigRecordedByStandaloneBuild()
const port = Number(process.env.PORT || 8000)

const server = createServer((req, res) => {
  // Replaces whatever a client sent under this name.
  req.headers[READER_ADDRESS_HEADER] = proxyaddr(req, trust) ?? ""
  handle(req, res)
})
// With the server, Next.js also answers its dev server's WebSocket (hot reload).
const app = next({ dev, hostname: "localhost", port, httpServer: server })
const handle = app.getRequestHandler()
await app.prepare()
server.listen(port, () => console.log(`storefront ready on http://localhost:${port}${dev ? " (dev)" : ""}`))
