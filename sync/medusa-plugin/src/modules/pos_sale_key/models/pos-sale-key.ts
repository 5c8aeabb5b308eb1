import { model } from "@medusajs/framework/utils"

/** One row per till sale that reached this store: the till's sale UUID (unique) and the
 * order it became. A row without an order is a sale whose recording was started and cut. */
const PosSaleKey = model.define("pos_sale_key", {
  id: model.id({ prefix: "possk" }).primaryKey(),
  sale_id: model.text().unique(),
  order_id: model.text().nullable(),
  terminal_id: model.text().nullable(),
})

export default PosSaleKey
