import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type AttributionRecordResponse, OPT_OUT_HEADERS } from "@supplement-store/contract"
import { visitor } from "./voter"

/** A reader who sends `DNT: 1` or `Sec-GPC: 1` is not recorded at all. */
export function optedOut(req: MedusaRequest): boolean {
  return OPT_OUT_HEADERS.some((header) => req.get(header)?.trim() === "1")
}

/**
 * Answers an attribution write: nothing is recorded (and no token minted) for a reader who opted out;
 * otherwise `record` runs for the visitor, and a visitor who had no token is handed one.
 */
export async function recordForVisitor(req: MedusaRequest, res: MedusaResponse, record: (visitorId: string) => Promise<unknown>) {
  if (optedOut(req)) {
    return res.json({ recorded: false } satisfies AttributionRecordResponse)
  }
  const { id, token } = visitor(req)
  await record(id)
  res.json({ recorded: true, ...(token ? { visitor_token: token } : {}) } satisfies AttributionRecordResponse)
}
