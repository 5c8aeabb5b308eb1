import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { maxBatch, PLUGIN_NAME } from "../../../../lib/options"

/** Tells a till that this store has the POS routes, and how big a batch may be. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ plugin: PLUGIN_NAME, routes: ["POST /admin/pos/sales/batch"],
             max_batch: maxBatch(req.scope) })
}
