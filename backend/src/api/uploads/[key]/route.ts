import path from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { settings } from "../../../lib/config"

/**
 * GET /uploads/:key: a file the local File Module provider stored (Medusa serves only its default
 * `static` folder itself). Keys are unique per upload, so responses are cached for good.
 */
export async function GET(req: MedusaRequest<unknown, { key: string }>, res: MedusaResponse) {
  const { key } = req.params
  const local = settings.files.local
  if (!local || key !== path.basename(key) || key.startsWith(".") || key.startsWith("private-")) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "File not found")
  }
  await new Promise<void>((resolve) => {
    res.sendFile(key, { root: local.uploadDir, maxAge: "365d", immutable: true }, (error) => {
      if (error && !res.headersSent) {
        res.status(404).json({ type: "not_found", message: "File not found" })
      }
      resolve()
    })
  })
}
