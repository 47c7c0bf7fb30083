import type { Metadata, Viewport } from "next"
import { connection } from "next/server"
import type { ReactNode } from "react"

import { hasPublishableKey, isProductionBuild } from "@/lib/config"

import { SITE_URL, STORE_DESCRIPTION, STORE_NAME } from "@/lib/site"
import SiteFooter from "@/modules/layout/components/site-footer"
import SiteHeader from "@/modules/layout/components/site-header"

import "./globals.css"

export const metadata: Metadata = {
  metadataBase: SITE_URL,
  title: {
    default: `${STORE_NAME}: natural supplements & health news`,
    template: `%s | ${STORE_NAME}`,
  },
  description: STORE_DESCRIPTION,
  applicationName: STORE_NAME,
  openGraph: {
    siteName: STORE_NAME,
    type: "website",
    locale: "en_US",
  },
}

export const viewport: Viewport = {
  themeColor: "#33572b",
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // A build made without the publishable key (it only exists once the database is seeded) must not
  // freeze "not configured" pages: without it, every page waits for a request and reads it then.
  // Only while building: at run time the key can't appear without a restart, and a request-time
  // API in the render of a cached page (home, store, products) would fail it, not show the notice.
  if (!hasPublishableKey() && isProductionBuild()) {
    await connection()
  }
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader />
        <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
