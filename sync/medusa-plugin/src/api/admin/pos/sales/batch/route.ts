import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { maxBatch } from "../../../../../lib/options"
import { recordSale } from "../../../../../lib/record-sale"

/** Records up to `maxBatch` till sales, each as its own order, in the order given; one result
 * per sale: created / already / refused (with a reason) / failed (try again later). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const sales = (req.body as any)?.sales
  const max = maxBatch(req.scope)
  if (!Array.isArray(sales) || sales.length === 0) {
    res.status(400).json({ type: "invalid_data",
                           message: "Send {\"sales\": [...]} with at least one sale" })
    return
  }
  if (sales.length > max) {
    res.status(400).json({ type: "invalid_data", max_batch: max,
                           message: `At most ${max} sales per batch; this one has ${sales.length}` })
    return
  }
  const results = []
  for (const sale of sales) {
    results.push(await recordSale(req.scope, sale))
  }
  res.json({ results, max_batch: max })
}
