import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ForumListResponse } from "@supplement-store/contract"
import { listedForums } from "./queries"

/** GET /store/forums: the forum index (not archived, in staff's order), each with its counts and latest post. */
export async function GET(req: MedusaRequest, res: MedusaResponse<ForumListResponse>) {
  res.json({ forums: await listedForums(req.scope) })
}
