import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ledgerAmounts, refundAmounts, toCents, type LedgerAmounts } from "@mirashop/domain"
import { readRuntimeEnv } from "../../../config/runtime"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"

interface MoneyOrder {
  id: string
  currency_code: string
  version: number
  items?: ({ adjustments?: ({ amount: unknown; promotion_id: string | null; version: number } | null)[] | null } | null)[] | null
  payment_collections?: ({
    payments?: ({
      id: string
      captures?: ({ id: string; amount: unknown; created_at: string | Date } | null)[] | null
      refunds?: ({ id: string; amount: unknown; created_at: string | Date } | null)[] | null
    } | null)[] | null
  } | null)[] | null
}

/**
 * Writes the ledger entries an order's money movements still lack: one per Medusa capture (the
 * shopper paid: gross, the shop's commission at its rate, the city-funded part of its discounts) and
 * one per refund (commission and city discount given back in proportion, `refundAmounts`). Keyed by
 * the capture or refund id, so running it again after any transition writes nothing twice.
 */
export const recordLedgerEntriesStep = createStep(
  "record-ledger-entries",
  async (input: { order_id: string }, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [pickup] = await marketplace.listOrderPickups({ order_id: input.order_id })
    if (!pickup) return new StepResponse([] as string[], [] as string[])

    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "version",
        "items.adjustments.amount",
        "items.adjustments.version",
        "items.adjustments.promotion_id",
        "payment_collections.payments.id",
        "payment_collections.payments.captures.id",
        "payment_collections.payments.captures.amount",
        "payment_collections.payments.captures.created_at",
        "payment_collections.payments.refunds.id",
        "payment_collections.payments.refunds.amount",
        "payment_collections.payments.refunds.created_at",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as MoneyOrder | undefined
    if (!order) return new StepResponse([] as string[], [] as string[])
    const payments = (order.payment_collections ?? []).flatMap((pc) => pc?.payments ?? []).flatMap((p) => (p ? [p] : []))
    const captures = payments.flatMap((p) => p.captures ?? []).flatMap((c) => (c ? [c] : []))
    const refunds = payments.flatMap((p) => p.refunds ?? []).flatMap((r) => (r ? [r] : []))
    if (captures.length === 0 && refunds.length === 0) return new StepResponse([] as string[], [] as string[])

    // Promotions a shop made are its own discount; any other promotion (the city's campaigns) is paid back to the shop.
    const { data: shops } = await query.graph({ entity: "shop", fields: ["id", "promotions.id"], filters: { id: pickup.shop_id } })
    const ownPromotions = new Set(((shops[0] as { promotions?: ({ id: string } | null)[] | null } | undefined)?.promotions ?? []).flatMap((p) => (p ? [p.id] : [])))
    const cityDiscount = toCents(
      (order.items ?? [])
        .flatMap((item) => item?.adjustments ?? [])
        // Adjustments are copied at each order version (fulfilment, delivery…): count the current one only.
        .filter((a) => a && Number(a.version) === Number(order.version) && (!a.promotion_id || !ownPromotions.has(a.promotion_id)))
        .reduce((sum, a) => sum + Number(a?.amount ?? 0), 0)
    )
    const rate = await ledger.commissionRateFor(pickup.shop_id, readRuntimeEnv(process.env).platformCommissionBp)
    const known = new Set((await ledger.listLedgerEntries({ order_id: order.id })).map((e) => e.source_id))
    const byTime = <T extends { created_at: string | Date }>(a: T, b: T) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()

    const base = { order_id: order.id, shop_id: pickup.shop_id, payment_mode: pickup.payment_mode, currency_code: order.currency_code, commission_rate_bp: rate, transfer_id: null }
    const toWrite: (typeof base & LedgerAmounts & { source_id: string; kind: "capture" | "refund"; status: "awaiting_transfer" | "paid_at_counter" | "refunded" })[] = []
    // One capture per order (card: at ready; pay at pickup: at collect); refunds come off its amounts.
    const sale = ledgerAmounts(captures.reduce((sum, c) => sum + toCents(Number(c.amount)), 0), rate, cityDiscount)
    for (const capture of captures) {
      if (known.has(capture.id)) continue
      const gross = toCents(Number(capture.amount))
      toWrite.push({ ...base, ...ledgerAmounts(gross, rate, captures.length === 1 ? cityDiscount : 0), source_id: capture.id, kind: "capture", status: pickup.payment_mode === "card" ? "awaiting_transfer" : "paid_at_counter" })
    }
    let refunded = 0
    for (const refund of [...refunds].sort(byTime)) {
      const cents = toCents(Number(refund.amount))
      if (!known.has(refund.id)) toWrite.push({ ...base, ...refundAmounts(sale, cents, refunded), source_id: refund.id, kind: "refund", status: "refunded" })
      refunded += cents
    }
    if (toWrite.length === 0) return new StepResponse([] as string[], [] as string[])
    const created = await ledger.createLedgerEntries(toWrite)
    const ids = created.map((e) => e.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<LedgerModuleService>(LEDGER_MODULE).deleteLedgerEntries(ids)
  }
)
