import Medusa from "@medusajs/js-sdk"

// The admin dashboard is served by the backend itself, so requests go to the same origin.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
