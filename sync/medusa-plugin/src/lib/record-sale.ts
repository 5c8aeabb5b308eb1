import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  completeOrderWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrderWorkflow,
  createReservationsWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  markPaymentCollectionAsPaid,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { POS_SALE_KEY_MODULE } from "../modules/pos_sale_key"

export type SaleResult = {
  sale_id: string
  status: "created" | "already" | "refused" | "failed"
  order_id?: string
  reason?: string
  note?: string
  items?: { id: string; variant_id: string | null; quantity: number; metadata: any }[]
}

const LOCK_TIMEOUT_S = 60
const REFUSED_TYPES = new Set<string>([
  MedusaError.Types.INVALID_DATA, MedusaError.Types.NOT_FOUND, MedusaError.Types.NOT_ALLOWED,
  MedusaError.Types.INVALID_ARGUMENT,
])

/** Records one till sale as a paid order fulfilled and delivered at the till's location,
 * exactly once: the sale UUID's row in pos_sale_key (unique index) is read and written under a
 * lock on that UUID, so a retried or repeated sale finds its order instead of making another. */
export async function recordSale(scope: any, sale: any): Promise<SaleResult> {
  const saleId = typeof sale?.sale_id === "string" ? sale.sale_id.trim() : ""
  const invalid = validate(sale, saleId)
  if (invalid) {
    return { sale_id: saleId, status: "refused", reason: invalid }
  }
  const locking = scope.resolve(Modules.LOCKING) as any
  try {
    return await locking.execute(`omnipos-pos-sale:${saleId}`,
                                 () => recordLocked(scope, sale, saleId),
                                 { timeout: LOCK_TIMEOUT_S })
  } catch (e: any) {
    return { sale_id: saleId, status: "failed", reason: message(e) }
  }
}

function validate(sale: any, saleId: string): string {
  if (!saleId) return "sale_id is missing"
  if (!Array.isArray(sale.items) || sale.items.length === 0) return "the sale has no items"
  for (const field of ["region_id", "sales_channel_id", "location_id", "currency_code",
                       "shipping_option_id"]) {
    if (typeof sale[field] !== "string" || !sale[field]) return `${field} is missing`
  }
  for (const item of sale.items) {
    if (!(Number(item?.quantity) > 0)) return "every item needs a quantity above 0"
    if (!(Number(item?.unit_price) >= 0)) return "every item needs a unit_price of 0 or more"
  }
  return ""
}

async function recordLocked(scope: any, sale: any, saleId: string): Promise<SaleResult> {
  const keys = scope.resolve(POS_SALE_KEY_MODULE) as any
  let [row] = await keys.listPosSaleKeys({ sale_id: saleId })
  let orderId: string | null = row?.order_id ?? null
  let status: SaleResult["status"] = orderId ? "already" : "created"
  if (row && !orderId) {
    // started before and cut between the order and its key: find the order by its metadata
    orderId = await findOrder(scope, sale, saleId, row.created_at)
    status = orderId ? "already" : "created"
  }
  if (!row) {
    try {
      row = await keys.createPosSaleKeys({ sale_id: saleId, terminal_id: sale.terminal_id ?? null })
    } catch (e: any) {  // another server recorded the key first (unique index)
      return { sale_id: saleId, status: "failed",
               reason: `the sale is being recorded by another request: ${message(e)}` }
    }
  }
  let note = ""
  let step = "reading the order"
  if (!orderId) {
    try {
      ({ orderId, note } = await createOrder(scope, sale))
    } catch (e: any) {
      await keys.deletePosSaleKeys(row.id)  // nothing was made: a corrected sale may come again
      const refused = REFUSED_TYPES.has(e?.type) || String(e?.code ?? "").length > 0
      return { sale_id: saleId, status: refused ? "refused" : "failed", reason: message(e) }
    }
    await keys.updatePosSaleKeys({ id: row.id, order_id: orderId })
  }
  try {
    const items = await finishOrder(scope, sale, orderId, (label: string) => { step = label })
    return { sale_id: saleId, status, order_id: orderId, note, items }
  } catch (e: any) {  // the order stays keyed: the next attempt finishes it
    return { sale_id: saleId, status: "failed", order_id: orderId,
             reason: `${step}: ${message(e)}` }
  }
}

async function findOrder(scope: any, sale: any, saleId: string, since: Date): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY) as any
  const from = new Date(new Date(since).getTime() - 10 * 60 * 1000)
  const { data } = await query.graph({
    entity: "order", fields: ["id", "metadata"],
    filters: { sales_channel_id: sale.sales_channel_id, created_at: { $gte: from } },
  })
  const found = (data ?? []).find((o: any) => o?.metadata?.pos_sale_id === saleId)
  return found?.id ?? null
}

function orderInput(sale: any) {
  return {
    region_id: sale.region_id, sales_channel_id: sale.sales_channel_id,
    currency_code: sale.currency_code, email: sale.email || undefined,
    customer_id: sale.customer_id || undefined,
    items: sale.items.map((i: any) => ({
      ...(i.variant_id ? { variant_id: i.variant_id } : {}),
      title: i.title || i.metadata?.pos_sku || "Item",
      quantity: Number(i.quantity), unit_price: Number(i.unit_price), metadata: i.metadata ?? {},
    })),
    shipping_methods: [{ shipping_option_id: sale.shipping_option_id,
                         name: sale.shipping_name || "Sold at the counter", amount: 0 }],
    no_notification: true,
    metadata: { ...(sale.metadata ?? {}), pos_sale_id: sale.sale_id, pos_batch: true },
  }
}

async function createOrder(scope: any, sale: any): Promise<{ orderId: string; note: string }> {
  const input = orderInput(sale)
  try {
    const { result } = await createOrderWorkflow(scope).run({ input })
    return { orderId: result.id, note: "" }
  } catch (e: any) {
    if (!String(e?.code ?? e?.message ?? "").includes("insufficient_inventory")
        && !/required inventory/i.test(String(e?.message ?? ""))) {
      throw e
    }
  }
  // A sale made at the counter is a fact: the store may go below zero, and says so.
  const variantIds = [...new Set(sale.items.map((i: any) => i.variant_id).filter(Boolean))]
  await updateProductVariantsWorkflow(scope).run({
    input: { selector: { id: variantIds }, update: { allow_backorder: true } } as any,
  })
  const { result } = await createOrderWorkflow(scope).run({ input })
  return { orderId: result.id,
           note: `stock exception: the online store had too little stock at ${sale.created_at ?? ""}` }
}

/** Payment marked paid, stock reserved and fulfilled at the till's location, delivered,
 * completed — each only if not done yet, so an order cut half-way is finished by a retry. */
async function finishOrder(scope: any, sale: any, orderId: string,
                           at: (label: string) => void) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY) as any
  const read = async () => (await query.graph({
    entity: "order",
    fields: ["id", "status", "items.*", "items.detail.quantity", "items.variant_id", "items.metadata",
             "items.variant.inventory_items.inventory_item_id",
             "items.variant.inventory_items.required_quantity",
             "items.variant.manage_inventory",
             "payment_collections.id", "payment_collections.status",
             "fulfillments.id", "fulfillments.delivered_at", "fulfillments.canceled_at"],
    filters: { id: orderId },
  })).data[0]
  let order = await read()
  const collections = (order.payment_collections ?? []).filter((c: any) => c && c.status !== "canceled")
  if (!collections.some((c: any) => ["completed", "authorized", "partially_captured"].includes(c.status))) {
    at("marking the payment paid")
    let pc = collections[0]
    if (!pc) {
      const { result } = await createOrderPaymentCollectionWorkflow(scope).run({
        input: { order_id: orderId, amount: Number(sale.amount) } })
      pc = result[0]
    }
    await markPaymentCollectionAsPaid(scope).run({
      input: { payment_collection_id: pc.id, order_id: orderId } })
  }
  let fulfillments = (order.fulfillments ?? []).filter((f: any) => f && !f.canceled_at)
  if (!fulfillments.length) {
    at("reserving the stock")
    await reserve(scope, sale, order)
    at("fulfilling at the location")
    await createOrderFulfillmentWorkflow(scope).run({ input: {
      order_id: orderId, location_id: sale.location_id, no_notification: true,
      items: order.items.map((i: any) => ({ id: i.id, quantity: qty(i) })),
    } as any })
    order = await read()
    fulfillments = (order.fulfillments ?? []).filter((f: any) => f && !f.canceled_at)
  }
  for (const f of fulfillments) {
    if (!f.delivered_at) {
      at("marking the fulfilment delivered")
      await markOrderFulfillmentAsDeliveredWorkflow(scope).run({
        input: { orderId, fulfillmentId: f.id, no_notification: true } as any })
    }
  }
  if (!["completed", "archived"].includes(order.status)) {
    at("completing the order")
    await completeOrderWorkflow(scope).run({ input: { orderIds: [orderId] } })
  }
  return order.items.map((i: any) => ({ id: i.id, variant_id: i.variant_id ?? null,
                                        quantity: qty(i), metadata: i.metadata ?? {} }))
}

/** Reservations at the till's location for the stocked items that have none yet (the
 * fulfilment takes the stock off through them); backorder allowed, the sale happened. */
async function reserve(scope: any, sale: any, order: any) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY) as any
  const itemIds = order.items.map((i: any) => i.id)
  const { data: existing } = await query.graph({
    entity: "reservation", fields: ["id", "line_item_id"], filters: { line_item_id: itemIds } })
  const reserved = new Set((existing ?? []).map((r: any) => r.line_item_id))
  const reservations = []
  for (const item of order.items) {
    if (reserved.has(item.id) || !item.variant || item.variant.manage_inventory === false) continue
    for (const link of item.variant.inventory_items ?? []) {
      reservations.push({
        line_item_id: item.id, inventory_item_id: link.inventory_item_id,
        location_id: sale.location_id, allow_backorder: true,
        quantity: qty(item) * num(link.required_quantity ?? 1),
      })
    }
  }
  if (reservations.some((r) => !(r.quantity > 0))) {
    throw new Error("an order item has no quantity to reserve")
  }
  if (reservations.length) {
    await createReservationsWorkflow(scope).run({ input: { reservations } })
  }
}

/** A figure as Query gives it: a number, a numeric string or a BigNumber ({ numeric }). */
function num(x: any): number {
  if (x !== null && typeof x === "object") {
    return Number(x.numeric ?? x.value ?? x.toString())
  }
  return Number(x)
}

/** An order item's quantity: on the item, or on its detail (where the order module keeps it). */
function qty(item: any): number {
  return num(item.quantity ?? item.detail?.quantity)
}

function message(e: any): string {
  return String(e?.message ?? e ?? "unknown error").slice(0, 500)
}
