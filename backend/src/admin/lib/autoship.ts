import {
  AUTOSHIP_PAUSE_MEMBERSHIP_DAYS,
  type AdminAutoshipListItem,
  type AdminAutoshipListResponse,
  type AdminUpcomingShipmentsResponse,
  type AutoshipCycleOutcome,
  type AutoshipSettingsResponse,
  type AutoshipStatus,
} from "@supplement-store/contract"
import { postForFields } from "./fields"
import { sdk } from "./sdk"

/** Query keys, API calls and labels for the club's autoships (`/admin/autoships`). */

export type AutoshipListParams = {
  status?: AutoshipStatus
  customer_id?: string
  due_from?: string
  due_to?: string
  q?: string
  limit: number
  offset: number
}
export type AutoshipAction = "pause" | "resume" | "cancel"

export const autoshipKeys = {
  all: ["autoships"] as const,
  list: (params: AutoshipListParams) => ["autoships", "list", params] as const,
  detail: (id: string) => ["autoships", "detail", id] as const,
  upcoming: (days: number) => ["autoships", "upcoming", days] as const,
  settings: ["autoships", "settings"] as const,
}

/** Only the set filters, so the query string stays short and the schema sees no empty values. */
const setOnly = (params: Record<string, string | number | undefined>) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== ""))

export const autoshipsApi = {
  list: (params: AutoshipListParams) => sdk.client.fetch<AdminAutoshipListResponse>("/admin/autoships", { query: setOnly(params) }),
  retrieve: (id: string) => sdk.client.fetch<{ autoship: AdminAutoshipListItem }>(`/admin/autoships/${encodeURIComponent(id)}`),
  act: (id: string, action: AutoshipAction) =>
    sdk.client.fetch<{ autoship: AdminAutoshipListItem }>(`/admin/autoships/${encodeURIComponent(id)}/${action}`, { method: "POST" }),
  upcoming: (days: number) => sdk.client.fetch<AdminUpcomingShipmentsResponse>("/admin/autoships/upcoming", { query: { days } }),
  settings: () => sdk.client.fetch<AutoshipSettingsResponse>("/admin/autoships/settings"),
  saveSettings: (intervals: number[]) => postForFields<AutoshipSettingsResponse>("/admin/autoships/settings", { intervals }),
}

export const AUTOSHIP_STATUS_LABELS: Record<AutoshipStatus, string> = {
  active: "Active",
  paused: "Paused",
  cancelled: "Cancelled",
  payment_failed: "Payment failed",
}

export const CYCLE_OUTCOME_LABELS: Record<AutoshipCycleOutcome, string> = {
  processing: "Processing",
  placed: "Order placed",
  skipped: "Skipped",
  out_of_stock: "Out of stock",
  payment_failed: "Payment failed",
}

export function isAutoshipStatus(value: string | null | undefined): value is AutoshipStatus {
  return !!value && value in AUTOSHIP_STATUS_LABELS
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Whether a customer with these autoships is a club member. */
export function isClubMember(autoships: { status: AutoshipStatus; paused_at: string | null }[], now = Date.now()) {
  return autoships.some(
    (autoship) =>
      autoship.status === "active" ||
      (autoship.status === "paused" && !!autoship.paused_at && now - Date.parse(autoship.paused_at) < AUTOSHIP_PAUSE_MEMBERSHIP_DAYS * DAY_MS)
  )
}

export const formatDate = (value: string | null | undefined) =>
  value ? new Date(value).toLocaleDateString(undefined, { dateStyle: "medium" }) : "–"

export const customerName = (customer: AdminAutoshipListItem["customer"]) =>
  customer ? [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email : "Deleted customer"

export function errorMessage(error: unknown) {
  return error instanceof Error ? error.message : "Something went wrong"
}
