import type { MetadataRoute } from "next"

import { STORE_DESCRIPTION, STORE_NAME } from "@/lib/site"

/** The web app manifest (/manifest.webmanifest): name, colours and icons when the store is installed or pinned. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: STORE_NAME,
    short_name: "Verdant",
    description: STORE_DESCRIPTION,
    start_url: "/",
    display: "standalone",
    // The page background (sand-50) and the brand green (leaf-700) of globals.css.
    background_color: "#fbf9f4",
    theme_color: "#33572b",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  }
}
